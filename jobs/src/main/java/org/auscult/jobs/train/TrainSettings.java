package org.auscult.jobs.train;

import com.typesafe.config.Config;
import java.util.List;
import java.util.Set;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.ModelKinds;
import org.auscult.training.kind.Trainer;

/**
 * Everything the train stage needs, read eagerly and checked at start: the kind and its trainer
 * (its own settings checked by the kind), and how this run trains.
 *
 * @param machines machine types to train (empty: every type in the features)
 * @param engine {@code spark} (dl4j-spark) or {@code local} (networks in the driver's JVM)
 * @param resume continue an interrupted run from its last checkpoint
 * @param overwrite replace existing models instead of refusing
 * @param localThreads native threads of each fit of the local engine, 0 for automatic
 * @param concurrentFits models the local engine fits at once, 0 for automatic
 *     ({@link FitConcurrency})
 */
public record TrainSettings(ModelKind kind, Trainer trainer, CommonSettings common,
    String features, String out, Set<String> machines, String engine, boolean resume,
    boolean overwrite, SparkTrainerSettings spark, int localThreads, int concurrentFits,
    Config config) {

  private static final String P = "auscult.training.";

  public TrainSettings {
    if (!engine.equals("spark") && !engine.equals("local")) {
      throw new IllegalArgumentException(P + "engine (--engine) must be spark or local, got "
          + engine);
    }
    if (resume && overwrite) {
      throw new IllegalArgumentException("--resume and --overwrite exclude each other");
    }
    if (localThreads < 0 || concurrentFits < 0) {
      throw new IllegalArgumentException(P + "local-threads and " + P + "concurrent-fits must be "
          + ">= 0, got " + localThreads + " and " + concurrentFits);
    }
    machines = Set.copyOf(machines);
  }

  /** How the fits of {@code models} models share this machine's cores. */
  public FitConcurrency concurrency(int models) {
    return FitConcurrency.plan(concurrentFits, localThreads, engine.equals("local"),
        Runtime.getRuntime().availableProcessors(), models, Runtime.getRuntime().maxMemory());
  }

  /**
   * Reads the settings; command-line values, where given, win over the configuration. Values from
   * the configuration are checked naming their keys (exit 3), values from the command line by the
   * constructor (exit 2).
   */
  public static TrainSettings from(Config c, String model, String features, String out,
      List<String> machines, String engine, boolean resume, boolean overwrite) {
    ModelKind kind = ModelKinds.named(model);
    Set<String> chosen = FeatureSettings.machineNames(machines);
    Trainer trainer = kind.trainer(c);
    SparkTrainerSettings spark = SparkTrainerSettings.from(c, kind.settingsPath());
    return new TrainSettings(kind, trainer, CommonSettings.from(c), features, out, chosen,
        engine != null ? engine : ConfigValues.oneOf(c, P + "engine", "spark", "local"), resume,
        overwrite, spark, ConfigValues.intAtLeast(c, P + "local-threads", 0),
        ConfigValues.intAtLeast(c, P + "concurrent-fits", 0), c);
  }
}
