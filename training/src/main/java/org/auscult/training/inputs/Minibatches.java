package org.auscult.training.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns {@link Examples} into pre-batched ND4J {@link DataSet}s (float, row-major), the form both
 * the single-JVM trainer and the Spark training masters consume. Examples are shuffled once with a
 * seed before batching, so a minibatch mixes clips (batch norm and batch-hard mining need that);
 * the last minibatch may be smaller.
 */
public final class Minibatches {
  private Minibatches() {}

  /** Shuffled with {@code seed}, then cut into minibatches of {@code batchSize}. */
  public static List<DataSet> shuffled(Examples examples, int batchSize, long seed) {
    return shuffled(examples, batchSize, seed, MinibatchAugmentation.NONE);
  }

  /** The same, each minibatch then augmented (seeded by {@code seed}). */
  public static List<DataSet> shuffled(Examples examples, int batchSize, long seed,
      MinibatchAugmentation augmentation) {
    int[] order = identity(examples.count());
    Random random = new Random(seed);
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return batches(examples, order, batchSize, augmentation, new SplittableRandom(seed));
  }

  /** In the examples' own order (validation, scoring). */
  public static List<DataSet> inOrder(Examples examples, int batchSize) {
    return batches(examples, identity(examples.count()), batchSize, MinibatchAugmentation.NONE,
        null);
  }

  private static List<DataSet> batches(Examples ex, int[] order, int batchSize,
      MinibatchAugmentation augmentation, SplittableRandom random) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batchSize must be > 0, got " + batchSize);
    }
    int size = ex.exampleSize();
    List<DataSet> out = new ArrayList<>((order.length + batchSize - 1) / batchSize);
    for (int start = 0; start < order.length; start += batchSize) {
      int n = Math.min(batchSize, order.length - start);
      float[] f = new float[n * size];
      float[] l = ex.isAutoencoding() ? null : new float[n * ex.labelWidth()];
      for (int i = 0; i < n; i++) {
        int e = order[start + i];
        System.arraycopy(ex.features(), e * size, f, i * size, size);
        if (l != null) {
          System.arraycopy(ex.labels(), e * ex.labelWidth(), l, i * ex.labelWidth(), ex.labelWidth());
        }
      }
      if (l != null) {
        augmentation.apply(f, l, n, size, ex.labelWidth(), random);
      }
      long[] shape = new long[ex.exampleShape().length + 1];
      shape[0] = n;
      System.arraycopy(ex.exampleShape(), 0, shape, 1, ex.exampleShape().length);
      var features = Nd4j.create(f, shape, 'c');
      var labels = l == null ? features : Nd4j.create(l, new long[] {n, ex.labelWidth()}, 'c');
      out.add(new DataSet(features, labels));
    }
    return out;
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }
}
