package org.auscult.jobs.train;

import com.typesafe.config.Config;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.auscult.features.dataset.MachineType;
import org.auscult.jobs.config.StageConfig;
import org.auscult.jobs.features.FeatureSettings;

/**
 * Everything the train stage needs, read eagerly and checked at start.
 *
 * @param features the features folder (written by the features stage)
 * @param out the models root; this run writes {@code out/<model>/<machine>/}
 * @param engine {@code spark} (dl4j-spark) or {@code local} (one JVM, same factories)
 * @param resume continue an interrupted run from its last checkpoint
 * @param overwrite replace existing models instead of refusing
 * @param network the network's settings; null for gmm and supervised
 */
public record TrainSettings(ModelChoice model, String features, String out,
    Set<MachineType> machines, String profile, String engine, boolean resume, boolean overwrite,
    long seed, double validationFraction, double thresholdQuantile, NetworkSettings network,
    SparkTrainerSettings spark, int localThreads, Config config) {

  private static final String P = "auscult.training.";

  public TrainSettings {
    if (!engine.equals("spark") && !engine.equals("local")) {
      throw new IllegalArgumentException(P + "engine (--engine) must be spark or local, got "
          + engine);
    }
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException(P + "validation-fraction must be in [0, 1), got "
          + validationFraction);
    }
    if (!(thresholdQuantile > 0 && thresholdQuantile < 1)) {
      throw new IllegalArgumentException("auscult.evaluation.threshold-quantile must be in (0, 1), "
          + "got " + thresholdQuantile);
    }
    if (resume && overwrite) {
      throw new IllegalArgumentException("--resume and --overwrite exclude each other");
    }
    machines = machines.isEmpty() ? EnumSet.allOf(MachineType.class) : EnumSet.copyOf(machines);
  }

  /** Reads the settings; command-line values, where given, win over the configuration. */
  public static TrainSettings from(Config c, ModelChoice model, String features, String out,
      List<String> machines, String engine, boolean resume, boolean overwrite) {
    // values from the configuration are checked here, naming their keys (exit 3); values from the
    // command line by the constructor (exit 2)
    Set<MachineType> chosen = FeatureSettings.machineSet(machines);
    if (model == ModelChoice.SUPERVISED) {
      StageConfig.intAtLeast(c, P + "supervised.folds", 2);
    }
    if (model == ModelChoice.GMM) {
      StageConfig.intAtLeast(c, P + "gmm.max-iterations", 1);
      for (MachineType m : chosen.isEmpty() ? EnumSet.allOf(MachineType.class) : chosen) {
        StageConfig.intAtLeast(c, P + "gmm.components." + m.dirName(), 1);
      }
    }
    NetworkSettings network = model.isNetwork() ? NetworkSettings.from(c, model) : null;
    SparkTrainerSettings spark = SparkTrainerSettings.from(c);
    if (network != null && network.batchSize() > spark.shuffleBufferExamples()) {
      throw StageConfig.invalid(c, P + model.token() + ".batch-size", "at most "
          + P + "spark.shuffle-buffer-examples (" + spark.shuffleBufferExamples() + ")");
    }
    return new TrainSettings(model, features, out, chosen,
        c.getString(P + "profile"),
        engine != null ? engine : StageConfig.oneOf(c, P + "engine", "spark", "local"), resume,
        overwrite, c.getLong(P + "seed"),
        StageConfig.doubleWithin(c, P + "validation-fraction", 0, true, 1),
        StageConfig.doubleWithin(c, "auscult.evaluation.threshold-quantile", 0, false, 1),
        network, spark, StageConfig.intAtLeast(c, P + "local-threads", 0), c);
  }
}
