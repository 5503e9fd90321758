package org.auscult.jobs;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.cli.ConfigOptions;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.StageMain;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.spark.Sessions;
import org.auscult.jobs.train.ModelChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Stage {@code score}: anomaly scores and decisions of every test clip, official CSV formats. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Loads each machine type's trained model and scores every test clip",
        "(evaluation-set clips too), writing anomaly_score_<machine>_section_<SS>_test.csv and",
        "decision_result_… per model kind under <out>/<kind>/."})
public final class ScoreJob implements Callable<Integer> {
  @Mixin
  private ConfigOptions config;

  @Option(names = "--models", required = true, paramLabel = "DIR",
      description = "Models root written by the train stage (<models>/<kind>/<machine>/).")
  private String models;

  @Option(names = "--features", required = true, paramLabel = "DIR",
      description = "Features folder written by the features stage.")
  private String features;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Scores folder; replaced atomically when the run succeeds.")
  private String out;

  @Option(names = "--model-kinds", split = ",", paramLabel = "KIND[,KIND…]",
      description = "Only these kinds (default: every kind folder under --models).")
  private List<String> kinds;

  public static void main(String[] args) {
    System.exit(StageMain.execute(new ScoreJob(), args));
  }

  @Override
  public Integer call() throws Exception {
    Config c = config.load();
    List<ModelChoice> chosen = new ArrayList<>();
    if (kinds != null) {
      for (String k : kinds) {
        chosen.add(StageMain.settings(() -> ModelChoice.parse(k.strip())));
      }
    }
    SparkSession spark = Sessions.create("auscult-score", c);
    try {
      ScoreStage.run(spark, models, features, out, chosen);
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}
