package org.auscult.jobs.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.auscult.training.engine.EpochLoop;
import org.auscult.training.nets.AdaptiveLosses;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One epoch on Spark: the minibatch files in an order drawn from the seed and the epoch, spread
 * over the workers; then an adaptive loss's scale brought up to date on the driver, and the loss
 * measured there, on a fixed sample of training files and on every validation file. The step
 * holds nothing but what it was given.
 *
 * @param partitions how many partitions the batch paths are spread over per epoch
 * @param lossSampleBatches how many training batches measure the epoch's training loss
 */
record SparkEpochStep(JavaSparkContext sc, SparkNetwork net, FileSystem fs, BatchFiles train,
    BatchFiles validation, int partitions, long seed, int lossSampleBatches)
    implements EpochLoop.Step {
  /**
   * Training passes that adapt the driver's loss scale. Once the other classes' cosines are near 0
   * AdaCos's update hardly depends on the previous scale, so the scale ends about where a training
   * step on the last of these batches would leave it, whatever the stale start; each pass costs a
   * training step on the driver.
   */
  static final int ADAPT_BATCHES = 4;

  @Override
  public Model network() {
    return net.model();
  }

  @Override
  public void fitEpoch(int epoch) throws IOException {
    List<String> order = new ArrayList<>(train.paths());
    Collections.shuffle(order, new Random(seed * 31 + epoch));
    net.fitPaths(sc.parallelize(order, Math.min(partitions, order.size())));
    adaptLossScale();
  }

  /**
   * Adapts an adaptive loss's scale on the driver to the trained network, on the first
   * {@value #ADAPT_BATCHES} batches of the loss sample: the workers' copies moved their own and
   * only their parameters came back. (Under a local master the copies share the driver's loss
   * object, so there it is already near.) Before the driver measures losses, and before its
   * configuration is broadcast to the next epoch's workers.
   */
  void adaptLossScale() throws IOException {
    if (AdaptiveLosses.present(net.model())) {
      List<String> sample = lossSample();
      for (String p : sample.subList(0, Math.min(ADAPT_BATCHES, sample.size()))) {
        AdaptiveLosses.adaptTo(net.model(), MinibatchExport.load(fs, p));
      }
    }
  }

  @Override
  public double trainLoss() throws IOException {
    return meanLoss(lossSample());
  }

  @Override
  public double validationLoss() throws IOException {
    return validation.count() == 0 ? Double.NaN : meanLoss(validation.paths());
  }

  @Override
  public long examples() {
    return train.examples();
  }

  /** The training batches that measure the loss: the same seeded sample every epoch. */
  List<String> lossSample() {
    List<String> copy = new ArrayList<>(train.paths());
    Collections.shuffle(copy, new Random(seed));
    return copy.subList(0, Math.min(lossSampleBatches, copy.size()));
  }

  /** Example-weighted mean loss over the batch files at {@code paths}, read on the driver. */
  double meanLoss(List<String> paths) throws IOException {
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
}
