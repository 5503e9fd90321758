package org.auscult.training.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.dataset.DataSet;

/** A bench's epochs: every minibatch fitted once per epoch, in order, each epoch timed. */
final class EpochTimer {
  private EpochTimer() {}

  /**
   * Runs {@code epochs} epochs of {@code fit} over {@code batches}, printing one line per epoch
   * (seconds, {@code unit}s per second, the example-weighted mean of {@code score} after each
   * step), and returns the median seconds of the epochs after the first (which includes JIT and
   * native warm-up).
   */
  static double medianAfterFirst(int epochs, List<DataSet> batches, Consumer<DataSet> fit,
      DoubleSupplier score, String unit) {
    int examples = batches.stream().mapToInt(DataSet::numExamples).sum();
    double[] seconds = new double[epochs];
    for (int e = 0; e < epochs; e++) {
      double loss = 0;
      long start = System.nanoTime();
      for (DataSet b : batches) {
        fit.accept(b);
        loss += score.getAsDouble() * b.numExamples();
      }
      seconds[e] = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "dl4j epoch %d: %.3f s, %.1f %s/s, loss %.5f%n", e + 1,
          seconds[e], examples / seconds[e], unit, loss / examples);
    }
    double[] rest = Arrays.copyOfRange(seconds, Math.min(1, epochs - 1), epochs);
    Arrays.sort(rest);
    return rest[rest.length / 2];
  }
}
