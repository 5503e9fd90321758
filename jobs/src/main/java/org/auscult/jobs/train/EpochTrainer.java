package org.auscult.jobs.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link SparkNetwork} epoch by epoch from minibatch files: the batch order is reshuffled
 * every epoch (seeded), the loss is measured after each epoch on the validation batches and on a
 * fixed sample of training batches, a checkpoint is saved, and one log line says how it went.
 */
public final class EpochTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(EpochTrainer.class);

  private final JavaSparkContext sc;
  private final String name;
  private final int epochs;
  private final long seed;
  private final int lossSampleBatches;
  private final int partitions;

  /**
   * @param name what is trained, for log lines (e.g. "ae fan")
   * @param epochs the epoch count to reach (a resumed run trains only the missing ones)
   * @param lossSampleBatches how many training batches measure the epoch's training loss
   * @param partitions how many partitions the batch paths are spread over per epoch
   */
  public EpochTrainer(JavaSparkContext sc, String name, int epochs, long seed,
      int lossSampleBatches, int partitions) {
    if (epochs < 1 || lossSampleBatches < 1 || partitions < 1) {
      throw new IllegalArgumentException("epochs, loss sample and partitions must be >= 1");
    }
    this.sc = sc;
    this.name = name;
    this.epochs = epochs;
    this.seed = seed;
    this.lossSampleBatches = lossSampleBatches;
    this.partitions = partitions;
  }

  /**
   * Runs the missing epochs after {@code history} and returns the full history.
   *
   * @param afterEpoch called after each epoch's checkpoint (progress, tests)
   */
  public List<EpochRecord> train(SparkNetwork net, BatchFiles trainBatches,
      BatchFiles validationBatches, List<EpochRecord> history, CheckpointStore checkpoints,
      Consumer<EpochRecord> afterEpoch) throws IOException {
    List<EpochRecord> done = new ArrayList<>(history);
    FileSystem fs = new Path(trainBatches.directory()).getFileSystem(sc.hadoopConfiguration());
    List<String> lossSample = sample(trainBatches.paths(), lossSampleBatches, seed);
    for (int epoch = done.size() + 1; epoch <= epochs; epoch++) {
      List<String> order = new ArrayList<>(trainBatches.paths());
      Collections.shuffle(order, new Random(seed * 31 + epoch));
      JavaRDD<String> paths = sc.parallelize(order, Math.min(partitions, order.size()));
      long start = System.nanoTime();
      net.fitPaths(paths);
      double seconds = (System.nanoTime() - start) / 1e9;
      double trainLoss = meanLoss(net, fs, lossSample);
      double validationLoss = validationBatches.count() == 0 ? Double.NaN
          : meanLoss(net, fs, validationBatches.paths());
      EpochRecord record = new EpochRecord(epoch, trainLoss, validationLoss, seconds,
          trainBatches.examples() / seconds);
      done.add(record);
      checkpoints.save(net.model(), done);
      LOG.info(String.format(Locale.ROOT,
          "%s epoch %d/%d: loss %.5f, validation loss %.5f, %,.0f examples/s (%.1f s)", name,
          epoch, epochs, trainLoss, validationLoss, record.examplesPerSecond(), seconds));
      afterEpoch.accept(record);
    }
    return done;
  }

  /** Example-weighted mean loss over the batch files at {@code paths}, read on the driver. */
  static double meanLoss(SparkNetwork net, FileSystem fs, List<String> paths) throws IOException {
    double sum = 0;
    long n = 0;
    for (String p : paths) {
      DataSet ds = MinibatchExport.load(fs, p);
      int rows = ds.numExamples();
      sum += net.score(ds) * rows;
      n += rows;
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static List<String> sample(List<String> paths, int k, long seed) {
    List<String> copy = new ArrayList<>(paths);
    Collections.shuffle(copy, new Random(seed));
    return copy.subList(0, Math.min(k, copy.size()));
  }
}
