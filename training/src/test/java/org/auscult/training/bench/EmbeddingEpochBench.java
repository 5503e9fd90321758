package org.auscult.training.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.auscult.training.engine.NativeThreads;
import org.auscult.training.nets.ClipEncoderSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seconds per epoch of the embedding network (the {@code quick} clip encoder, sub-cluster AdaCos
 * with 4 centres per class, Adam 1e-3) trained with DL4J in this JVM on seeded synthetic log-mel
 * windows of 21 classes: a ripple across the mel bands whose period is the class, drifting over
 * time from a random phase, plus Gaussian noise. Writes the windows and class ids as little-endian
 * float32 / int32 so {@code src/test/python/bench_embedding_torch.py} trains the same
 * architecture on the very same minibatches, in the same order; {@code submit/bench/
 * embedding-epoch.sh} runs both.
 *
 * <p>Arguments (all optional): {@code windows=2048 classes=21 batch=32 epochs=4 threads=2
 * frames=128 mels=128 seed=1 out=training/target/bench/embedding}. Prints one line per epoch and
 * the median of the epochs after the first (which includes JIT and native warm-up).
 */
public final class EmbeddingEpochBench {
  private static final Map<String, String> DEFAULTS = Map.of("windows", "2048", "classes", "21",
      "batch", "32", "epochs", "4", "threads", "2", "frames", "128", "mels", "128", "seed", "1",
      "out", "training/target/bench/embedding");
  private static final int SUBCLUSTERS = 4;

  private EmbeddingEpochBench() {}

  public static void main(String[] args) throws IOException {
    BenchArgs a = BenchArgs.parse(args, DEFAULTS);
    int windows = a.integer("windows");
    int classes = a.integer("classes");
    int batch = a.integer("batch");
    int epochs = a.integer("epochs");
    int frames = a.integer("frames");
    int mels = a.integer("mels");
    long seed = a.longInteger("seed");
    Path out = a.path("out");

    NativeThreads.limit(a.integer("threads"));
    int[] ids = new int[windows];
    float[] x = synthetic(windows, classes, frames, mels, seed, ids);
    LittleEndianFiles.writeFloats(out.resolve("windows.f32"), x);
    LittleEndianFiles.writeInts(out.resolve("classes.i32"), ids);

    List<DataSet> batches = batches(x, ids, classes, batch, frames, mels);
    ComputationGraph net = EmbeddingFactory.build(new EmbeddingSettings(
        ClipEncoderSettings.quick(seed, 1e-3, mels, frames), "adacos", classes, SUBCLUSTERS));

    double median = EpochTimer.medianAfterFirst(epochs, batches, net::fit, net::score,
        "windows");
    System.out.printf(Locale.ROOT, "dl4j summary: %d windows of %d x %d, %d classes, batch %d, "
        + "%d parameters, ND4J threads %d: median %.3f s/epoch after the first%n", windows,
        frames, mels, classes, batch, net.numParams(), NativeThreads.current(), median);
  }

  /** Minibatches of {@code batch} windows {@code [n, 1, frames, mels]} with one-hot labels. */
  static List<DataSet> batches(float[] x, int[] ids, int classes, int batch, int frames,
      int mels) {
    List<DataSet> batches = new ArrayList<>();
    int windows = ids.length;
    int width = frames * mels;
    for (int start = 0; start < windows; start += batch) {
      int n = Math.min(batch, windows - start);
      INDArray features = Nd4j.create(Arrays.copyOfRange(x, start * width, (start + n) * width),
          new long[] {n, 1, frames, mels}, DataType.FLOAT);
      INDArray labels = Nd4j.zeros(DataType.FLOAT, n, classes);
      for (int i = 0; i < n; i++) {
        labels.putScalar(i, ids[start + i], 1f);
      }
      batches.add(new DataSet(features, labels));
    }
    return batches;
  }

  /**
   * Window i of class {@code i mod classes} (then shuffled): {@code sin(2π·m·(c + 1)/mels + 0.3·t
   * + φ) + 0.5·N(0, 1)}, φ uniform per window; the class ids go to {@code ids}.
   */
  static float[] synthetic(int n, int classes, int frames, int mels, long seed, int[] ids) {
    Random random = new Random(seed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i % classes;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    float[] x = new float[n * frames * mels];
    for (int i = 0; i < n; i++) {
      ids[i] = order[i];
      double phase = random.nextDouble() * 2 * Math.PI;
      for (int t = 0; t < frames; t++) {
        for (int m = 0; m < mels; m++) {
          double ripple = Math.sin(2 * Math.PI * m * (ids[i] + 1) / mels + 0.3 * t + phase);
          x[(i * frames + t) * mels + m] = (float) (ripple + 0.5 * random.nextGaussian());
        }
      }
    }
    return x;
  }
}
