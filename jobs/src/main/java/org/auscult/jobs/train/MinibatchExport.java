package org.auscult.jobs.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.auscult.jobs.spark.HadoopConf;
import org.auscult.training.inputs.MinibatchAugmentation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Cuts clips' examples into DataSet minibatches and writes each once, from the task that holds the
 * clips, so training reads files instead of shipping examples through Spark every epoch.
 *
 * <p>Consecutive examples of a clip are near-duplicates (overlapping frames), so each task pools
 * examples of several clips in a buffer and shuffles it before cutting batches; the order of whole
 * batches is reshuffled every epoch by the trainer. Every random choice derives from {@code seed}
 * and the partition index, so a rerun on the same input writes the same batches.
 */
public final class MinibatchExport {
  /** Values a task's shuffle buffer holds at most (128 MB of floats), whatever the examples. */
  static final long MAX_BUFFER_VALUES = 32L << 20;

  private MinibatchExport() {}

  /**
   * Writes {@code blocks} as minibatches of {@code batchSize} examples (the last of each task may
   * be smaller) under {@code directory}, which must not exist yet.
   */
  public static BatchFiles export(JavaRDD<ExampleBlock> blocks, String directory, int batchSize,
      int shuffleBufferExamples, long seed) throws IOException {
    return export(blocks, directory, batchSize, shuffleBufferExamples, seed,
        MinibatchAugmentation.NONE);
  }

  /** The same, each minibatch augmented before it is written. */
  public static BatchFiles export(JavaRDD<ExampleBlock> blocks, String directory, int batchSize,
      int shuffleBufferExamples, long seed, MinibatchAugmentation augmentation) throws IOException {
    if (batchSize < 1 || shuffleBufferExamples < batchSize) {
      throw new IllegalArgumentException("need 1 <= batchSize <= shuffle buffer, got batch "
          + batchSize + ", buffer " + shuffleBufferExamples);
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(blocks.context());
    Path dir = new Path(directory);
    FileSystem fs = dir.getFileSystem(sc.hadoopConfiguration());
    if (fs.exists(dir)) {
      throw new IOException("minibatch folder already exists: " + dir);
    }
    fs.mkdirs(dir);
    HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
    String qualified = fs.makeQualified(dir).toString();
    List<String[]> written = blocks.mapPartitionsWithIndex((index, it) -> {
      Writer w = new Writer(new PartitionBatchFiles(conf, qualified, index), batchSize,
          shuffleBufferExamples, seed * 1_000_003L + index, augmentation);
      return w.writeAll(it).iterator();
    }, true).collect();
    List<String> paths = new ArrayList<>(written.size());
    long examples = 0;
    for (String[] pathAndCount : written) {
      paths.add(pathAndCount[0]);
      examples += Long.parseLong(pathAndCount[1]);
    }
    return new BatchFiles(qualified, paths, examples);
  }

  /** Loads one minibatch file written by {@link #export}. */
  public static DataSet load(FileSystem fs, String path) throws IOException {
    try (var in = fs.open(new Path(path))) {
      return MinibatchFile.read(in, path);
    }
  }

  /** Buffers, shuffles and cuts into batches the examples of one partition. */
  private static final class Writer {
    private final PartitionBatchFiles files;
    private final int batchSize;
    private int bufferCapacity;
    private final SplittableRandom random;
    private final MinibatchAugmentation augmentation;
    private float[] features;
    private float[] labels;
    private int[] exampleShape;
    private int width;
    private int labelWidth;
    private boolean selfSupervised;
    private int buffered;

    Writer(PartitionBatchFiles files, int batchSize, int bufferCapacity, long seed,
        MinibatchAugmentation augmentation) {
      this.files = files;
      this.batchSize = batchSize;
      this.bufferCapacity = bufferCapacity;
      this.random = new SplittableRandom(seed);
      this.augmentation = augmentation;
    }

    List<String[]> writeAll(Iterator<ExampleBlock> blocks) throws IOException {
      while (blocks.hasNext()) {
        add(blocks.next());
      }
      shuffleBuffer();
      int offset = 0;
      while (offset < buffered) {
        int n = Math.min(batchSize, buffered - offset);
        writeBatch(offset, n);
        offset += n;
      }
      return files.written();
    }

    private void add(ExampleBlock block) throws IOException {
      if (features == null) {
        exampleShape = block.exampleShape();
        width = block.exampleWidth();
        selfSupervised = block.isSelfSupervised();
        labelWidth = block.labelWidth();
        // a buffer of AE vectors is small; one of whole-clip windows would not fit in a task
        bufferCapacity = (int) Math.max(batchSize, Math.min(bufferCapacity,
            MAX_BUFFER_VALUES / width));
        int capacity = bufferCapacity + batchSize;
        features = new float[Math.multiplyExact(capacity, width)];
        labels = selfSupervised ? null : new float[Math.multiplyExact(capacity, labelWidth)];
      } else if (block.exampleWidth() != width || block.isSelfSupervised() != selfSupervised
          || block.labelWidth() != labelWidth) {
        throw new IllegalArgumentException("clip " + block.clipKey()
            + " has examples of another shape than the clips before it");
      }
      int row = 0;
      while (row < block.rows()) {
        int room = bufferCapacity - buffered;
        int n = Math.min(room, block.rows() - row);
        System.arraycopy(block.features(), row * width, features, buffered * width, n * width);
        if (!selfSupervised) {
          System.arraycopy(block.labels(), row * labelWidth, labels, buffered * labelWidth,
              n * labelWidth);
        }
        buffered += n;
        row += n;
        if (buffered == bufferCapacity) {
          drainFullBatches();
        }
      }
    }

    /** Shuffles the buffer, writes all whole batches, keeps the remainder at the front. */
    private void drainFullBatches() throws IOException {
      shuffleBuffer();
      int whole = buffered / batchSize * batchSize;
      for (int offset = 0; offset < whole; offset += batchSize) {
        writeBatch(offset, batchSize);
      }
      int rest = buffered - whole;
      System.arraycopy(features, whole * width, features, 0, rest * width);
      if (!selfSupervised) {
        System.arraycopy(labels, whole * labelWidth, labels, 0, rest * labelWidth);
      }
      buffered = rest;
    }

    private void shuffleBuffer() {
      float[] tmp = new float[Math.max(width, labelWidth)];
      for (int i = buffered - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        swap(features, width, i, j, tmp);
        if (!selfSupervised) {
          swap(labels, labelWidth, i, j, tmp);
        }
      }
    }

    private static void swap(float[] a, int w, int i, int j, float[] tmp) {
      System.arraycopy(a, i * w, tmp, 0, w);
      System.arraycopy(a, j * w, a, i * w, w);
      System.arraycopy(tmp, 0, a, j * w, w);
    }

    private void writeBatch(int offset, int n) throws IOException {
      long[] shape = new long[exampleShape.length + 1];
      shape[0] = n;
      for (int d = 0; d < exampleShape.length; d++) {
        shape[d + 1] = exampleShape[d];
      }
      float[] x = new float[n * width];
      System.arraycopy(features, offset * width, x, 0, x.length);
      float[] y = null;
      if (!selfSupervised) {
        y = new float[n * labelWidth];
        System.arraycopy(labels, offset * labelWidth, y, 0, y.length);
        // before the features are copied into an INDArray, or it would change the labels alone
        augmentation.apply(x, y, n, width, labelWidth, random);
      }
      INDArray in = Nd4j.create(x, shape, 'c');
      INDArray out = selfSupervised ? in : Nd4j.create(y, new long[] {n, labelWidth}, 'c');
      files.write(new DataSet(in, out), n);
    }
  }
}
