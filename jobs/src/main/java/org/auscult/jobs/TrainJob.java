package org.auscult.jobs;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.FeaturesFolderOption;
import org.auscult.jobs.cli.ModelKindNames;
import org.auscult.jobs.cli.StageCommand;
import org.auscult.jobs.cli.StageMain;
import org.auscult.jobs.config.TrainingProfile;
import org.auscult.jobs.train.TrainSettings;
import org.auscult.jobs.train.TrainStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Stage {@code train}: one model kind, one model per machine type, saved as files. */
@Command(name = "train",
    description = {"Trains one model kind on the features' clips (see --model).",
        "Writes <out>/<model>/<machine or all>/ with the model, its manifest and decision",
        "threshold."})
public final class TrainJob extends StageCommand<TrainSettings> {
  @Option(names = "--model", required = true, paramLabel = "KIND",
      completionCandidates = ModelKindNames.class,
      description = "One of ${COMPLETION-CANDIDATES}.")
  private String model;

  @Mixin
  private FeaturesFolderOption features;

  @Option(names = "--machines", split = ",", paramLabel = "M[,M…]",
      description = "Only these machine types (default: all in the features).")
  private List<String> machines;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Models root; this run writes <out>/<model>/<machine>/.")
  private String out;

  @Option(names = "--profile", paramLabel = "NAME|FILE",
      description = "Training profile: quick, baseline (conf/NAME.conf) or a .conf file "
          + "(default: the reference values, which are the baseline's).")
  private String profile;

  @Option(names = "--engine", paramLabel = "spark|local",
      description = "spark: dl4j-spark parameter averaging; local: one JVM, same factories "
          + "(default: auscult.training.engine).")
  private String engine;

  @Option(names = "--resume", description = "Continue interrupted runs from their last checkpoint.")
  private boolean resume;

  @Option(names = "--overwrite", description = "Replace existing models instead of refusing.")
  private boolean overwrite;

  public static void main(String[] args) {
    System.exit(StageMain.execute(new TrainJob(), args));
  }

  @Override
  protected Config trainingProfile() {
    return profile == null ? ConfigFactory.empty() : TrainingProfile.load(profile);
  }

  @Override
  protected TrainSettings settings(Config c) {
    return TrainSettings.from(c, model, features.folder(), out, machines, engine, resume,
        overwrite);
  }

  /** {@code auscult-train-<kind>}. */
  @Override
  protected String appName(TrainSettings s) {
    return super.appName(s) + "-" + s.kind().name();
  }

  @Override
  protected int run(SparkSession spark, TrainSettings s) throws Exception {
    TrainStage.run(spark, s);
    return ExitCodes.OK;
  }
}
