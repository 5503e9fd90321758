package org.auscult.jobs;

import com.typesafe.config.Config;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.FeaturesFolderOption;
import org.auscult.jobs.cli.ModelKindNames;
import org.auscult.jobs.cli.StageCommand;
import org.auscult.jobs.cli.StageMain;
import org.auscult.jobs.score.ScoreStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Stage {@code score}: anomaly scores and decisions of every test clip, official CSV formats. */
@Command(name = "score",
    description = {"Loads each machine type's trained model and scores every test clip",
        "(evaluation-set clips too), writing anomaly_score_<machine>_section_<SS>_test.csv and",
        "decision_result_… per model kind under <out>/<kind>/. A model folder that is",
        "incomplete or unreadable is skipped (listed in <out>/skipped_models.txt, exit 6)."})
public final class ScoreJob extends StageCommand<List<String>> {
  @Option(names = "--models", required = true, paramLabel = "DIR",
      description = "Models root written by the train stage (<models>/<kind>/<machine>/).")
  private String models;

  @Mixin
  private FeaturesFolderOption features;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Scores folder; replaced atomically when the run succeeds.")
  private String out;

  @Option(names = "--model-kinds", split = ",", paramLabel = "KIND[,KIND…]",
      completionCandidates = ModelKindNames.class,
      description = "Only these kinds, of ${COMPLETION-CANDIDATES} (default: every kind "
          + "folder under --models).")
  private List<String> kinds;

  public static void main(String[] args) {
    System.exit(StageMain.execute(new ScoreJob(), args));
  }

  /** The model kinds asked for, checked; none: every kind folder under {@code --models}. */
  @Override
  protected List<String> settings(Config c) {
    return kinds == null ? List.of() : ModelKindNames.checked(kinds);
  }

  @Override
  protected int run(SparkSession spark, List<String> chosen) throws Exception {
    ScoreStage.Report report = ScoreStage.run(spark, models, features.folder(), out, chosen);
    return report.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
  }
}
