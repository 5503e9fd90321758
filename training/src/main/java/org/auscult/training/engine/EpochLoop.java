package org.auscult.training.engine;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The epoch loop of every network, whichever engine runs the steps: the missing epochs after a
 * (resumed) history, each one pass of the step in an order drawn from the seed and the epoch, then
 * the losses, a checkpoint and one log line with the time left.
 */
public final class EpochLoop {
  private static final Logger LOG = LoggerFactory.getLogger(EpochLoop.class);

  /** One engine's way of running an epoch. */
  public interface Step {
    /** The network as it is now. */
    Model network();

    /** One pass over the training minibatches, in an order drawn from {@code epoch}. */
    void fitEpoch(int epoch) throws IOException;

    /** Mean training loss of the epoch just fitted. */
    double trainLoss() throws IOException;

    /** Mean validation loss, in inference mode; NaN without validation clips. */
    double validationLoss() throws IOException;

    /** Training examples in one epoch. */
    long examples();
  }

  private EpochLoop() {}

  /**
   * Runs epochs {@code history.size() + 1 … epochs}, saving a checkpoint after each, and returns
   * the whole history.
   *
   * @param afterEpoch called after each epoch's checkpoint (progress, tests)
   */
  public static List<EpochRecord> run(String name, Step step, int epochs, List<EpochRecord> history,
      Checkpoints checkpoints, String dataFingerprint, Consumer<EpochRecord> afterEpoch)
      throws IOException {
    List<EpochRecord> done = new ArrayList<>(history);
    double secondsSoFar = 0;
    int ran = 0;
    for (int epoch = done.size() + 1; epoch <= epochs; epoch++) {
      stopIfInterrupted(name);
      long start = System.nanoTime();
      step.fitEpoch(epoch);
      double seconds = (System.nanoTime() - start) / 1e9;
      setEpochCount(step.network(), epoch);
      EpochRecord record = new EpochRecord(epoch, step.trainLoss(), step.validationLoss(), seconds,
          step.examples() / seconds);
      done.add(record);
      checkpoints.save(step.network(), dataFingerprint, done);
      secondsSoFar += (System.nanoTime() - start) / 1e9;
      ran++;
      LOG.info(String.format(Locale.ROOT,
          "%s epoch %d/%d: loss %.5f, validation loss %.5f, %,.0f examples/s (%.1f s, %s left)",
          name, epoch, epochs, record.trainLoss(), record.validationLoss(),
          record.examplesPerSecond(), seconds, duration(secondsSoFar / ran * (epochs - epoch))));
      afterEpoch.accept(record);
    }
    return done;
  }

  /**
   * Throws if this thread was interrupted: a fit beside one that failed is stopped this way
   * (neither DL4J nor ND4J looks at the flag).
   */
  public static void stopIfInterrupted(String name) throws InterruptedIOException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedIOException(name + ": stopped (interrupted)");
    }
  }

  /** DL4J counts epochs in the configuration; a resumed network must carry on counting. */
  private static void setEpochCount(Model network, int epoch) {
    if (network instanceof MultiLayerNetwork m) {
      m.getLayerWiseConfigurations().setEpochCount(epoch);
    } else if (network instanceof ComputationGraph g) {
      g.getConfiguration().setEpochCount(epoch);
    }
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
  }
}
