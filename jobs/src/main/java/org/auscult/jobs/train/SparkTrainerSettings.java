package org.auscult.jobs.train;

import com.typesafe.config.Config;
import java.io.Serializable;
import org.auscult.training.config.ConfigValues;
import org.deeplearning4j.spark.api.Repartition;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;

/**
 * How dl4j-spark trains: {@code auscult.training.spark}.
 *
 * @param learningRateScaling what the network's step size is multiplied by for {@code n} workers:
 *     {@code linear} (n), {@code sqrt} (√n) or {@code none} (1)
 * @param maxLearningRateFactor the largest such factor, whatever the number of workers
 */
public record SparkTrainerSettings(int workers, int averagingFrequency, int prefetchBatches,
    int shuffleBufferExamples, int lossSampleBatches, boolean collectStats,
    String learningRateScaling, double maxLearningRateFactor) implements Serializable {
  /** Where the engine's keys live, with the dot. */
  private static final String ENGINE = "auscult.training.spark.";

  public SparkTrainerSettings {
    if (workers < 0 || averagingFrequency < 1 || prefetchBatches < 0 || shuffleBufferExamples < 1
        || lossSampleBatches < 1) {
      throw new IllegalArgumentException("auscult.training.spark: workers >= 0, "
          + "averaging-frequency >= 1, prefetch-batches >= 0, shuffle-buffer-examples >= 1 and "
          + "loss-sample-batches >= 1 expected");
    }
    learningRateFactor(learningRateScaling, 1);
    if (!(maxLearningRateFactor >= 1)) {
      throw new IllegalArgumentException("auscult.training.spark.max-learning-rate-factor: "
          + "expected a number >= 1, got " + maxLearningRateFactor);
    }
  }

  /**
   * The training master for {@code workers} replicas fitting minibatch files of {@code batch}
   * examples, exporting what it must under {@code exportDirectory}. It averages the optimiser's
   * state with the parameters and hands it to the next round: dl4j-spark's builder leaves that off
   * unless asked (its documentation says otherwise), and without it every round restarts Adam's
   * moments from zero (the classifier's validation loss after 4 epochs: 3.88 without, 3.30 with,
   * 3.03 in one JVM; BENCHMARKS.md).
   */
  public ParameterAveragingTrainingMaster master(int workers, int batch, long seed,
      String exportDirectory) {
    return new ParameterAveragingTrainingMaster.Builder(workers, batch)
        .batchSizePerWorker(batch)
        .averagingFrequency(averagingFrequency)
        .saveUpdater(true)
        // the epoch's paths come in one partition per worker and dl4j-spark's split takes each
        // round's share evenly from every partition, so each worker already gets its minibatches;
        // its default rebalances every round anyway (a counting job and a shuffle per round)
        .repartionData(Repartition.Never)
        .workerPrefetchNumBatches(prefetchBatches)
        .rngSeed(seed)
        .exportDirectory(exportDirectory)
        .build();
  }

  /** The step size's factor for {@code workers} replicas under parameter averaging. */
  public double learningRateFactor(int workers) {
    return Math.min(maxLearningRateFactor, learningRateFactor(learningRateScaling, workers));
  }

  private static double learningRateFactor(String scaling, int workers) {
    return switch (scaling) {
      case "linear" -> workers;
      case "sqrt" -> Math.sqrt(workers);
      case "none" -> 1;
      default -> throw new IllegalArgumentException("auscult.training.spark.learning-rate-scaling:"
          + " expected linear, sqrt or none, got " + scaling);
    };
  }

  /**
   * Reads {@code auscult.training.spark}; a kind's own {@code spark-learning-rate-scaling} and
   * {@code spark-averaging-frequency} (under {@code kindPath}), where it has them, win over
   * {@code learning-rate-scaling} and {@code averaging-frequency}. All are checked.
   */
  public static SparkTrainerSettings from(Config c, String kindPath) {
    String p = ENGINE;
    String[] scalings = {"linear", "sqrt", "none"};
    // the engine's keys are checked even where a kind's own wins
    ConfigValues.oneOf(c, p + "learning-rate-scaling", scalings);
    ConfigValues.intAtLeast(c, p + "averaging-frequency", 1);
    String scaling = ConfigValues.oneOf(c, kindFirst(c, kindPath, "learning-rate-scaling"),
        scalings);
    int frequency = ConfigValues.intAtLeast(c, kindFirst(c, kindPath, "averaging-frequency"), 1);
    double max = c.getDouble(p + "max-learning-rate-factor");
    if (!(max >= 1)) {
      throw ConfigValues.invalid(c, p + "max-learning-rate-factor", "a number >= 1");
    }
    return new SparkTrainerSettings(ConfigValues.intAtLeast(c, p + "workers", 0), frequency,
        ConfigValues.intAtLeast(c, p + "prefetch-batches", 0),
        ConfigValues.intAtLeast(c, p + "shuffle-buffer-examples", 1),
        ConfigValues.intAtLeast(c, p + "loss-sample-batches", 1), c.getBoolean(p + "collect-stats"),
        scaling, max);
  }

  /** The kind's own {@code spark-<key>} where it has one, else the engine's {@code key}. */
  private static String kindFirst(Config c, String kindPath, String key) {
    String own = kindPath + ".spark-" + key;
    return c.hasPath(own) ? own : ENGINE + key;
  }
}
