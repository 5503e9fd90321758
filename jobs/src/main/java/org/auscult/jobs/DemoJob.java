package org.auscult.jobs;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.EvaluationSummary;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.ModelKindNames;
import org.auscult.jobs.cli.StageCommand;
import org.auscult.jobs.cli.StageMain;
import org.auscult.jobs.config.TrainingProfile;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.synth.SynthSettings;
import org.auscult.jobs.synth.SynthStage;
import org.auscult.jobs.train.TrainSettings;
import org.auscult.jobs.train.TrainStage;
import org.auscult.training.kind.ModelKinds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Stage {@code demo}: the whole chain on the embedded synthetic data set, in one Spark session,
 * into one run folder: synth → features → train (each model, quick profile) → score → evaluate.
 * Prints the official score table, the time each stage took and the report's path.
 */
@Command(name = "demo",
    description = {"Runs synth -> features -> train -> score -> evaluate on the synthetic data set",
        "(small scale, quick profile by default) into one run folder and prints the official",
        "score table and the path of the HTML report."})
public final class DemoJob extends StageCommand<DemoJob.Plan> {
  @Option(names = "--models", split = ",", paramLabel = "KIND[,KIND…]",
      completionCandidates = ModelKindNames.class,
      description = "Models to train and compare, of ${COMPLETION-CANDIDATES} (default: every "
          + "kind that is a DCASE system, i.e. all but label-using references).")
  private List<String> models;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/demo",
      description = "Run folder (default: ${DEFAULT-VALUE}); each stage's output is replaced.")
  private String out;

  @Option(names = "--scale", paramLabel = "small|tiny|full", defaultValue = "small",
      description = "Synthetic data-set size (default: ${DEFAULT-VALUE}).")
  private String scale;

  @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "quick",
      description = "Training profile (default: ${DEFAULT-VALUE}).")
  private String profile;

  @Option(names = "--engine", paramLabel = "spark|local", defaultValue = "local",
      description = "Training engine (default: ${DEFAULT-VALUE}: the demo runs in one JVM, where "
          + "training in that JVM is faster and learns more per epoch than parameter averaging).")
  private String engine;

  public static void main(String[] args) {
    System.exit(StageMain.execute(new DemoJob(), args));
  }

  /** The demo's configuration and the model kinds it trains. */
  record Plan(Config config, List<String> kinds) {
  }

  @Override
  protected Config trainingProfile() {
    return TrainingProfile.load(profile);
  }

  @Override
  protected Plan settings(Config c) {
    List<String> kinds = models != null ? ModelKindNames.checked(models)
        : ModelKinds.all().stream().filter(k -> k.note() == null).map(k -> k.name()).toList();
    SynthScale.parse(scale);
    return new Plan(c, kinds);
  }

  @Override
  protected int run(SparkSession spark, Plan plan) throws Exception {
    Config c = plan.config();
    List<String> kinds = plan.kinds();
    String data = out + "/data";
    String features = out + "/features";
    String modelsDir = out + "/models";
    String scores = out + "/scores";
    String evaluation = out + "/evaluation";
    Map<String, Double> seconds = new LinkedHashMap<>();
    long t = System.nanoTime();
    SynthStage.run(spark, SynthSettings.from(c, data, scale, null, null));
    seconds.put("synth", lap(t));
    t = System.nanoTime();
    FeatureStage.run(spark, FeatureSettings.from(c, data, features, null, null, null));
    seconds.put("features", lap(t));
    t = System.nanoTime();
    List<TrainSettings> runs = new ArrayList<>();
    for (String kind : kinds) {
      runs.add(TrainSettings.from(c, kind, features, modelsDir, null, engine, false, true));
    }
    // the kinds' models share the cores (one per core in one JVM): one time for all of them
    TrainStage.runAll(spark, runs);
    seconds.put(kinds.size() == 1 ? "train " + kinds.get(0) : "train (" + kinds.size()
        + " kinds)", lap(t));
    t = System.nanoTime();
    ScoreStage.run(spark, modelsDir, features, scores, kinds);
    seconds.put("score", lap(t));
    t = System.nanoTime();
    EvaluationSummary summary = EvaluateJob.run(spark, List.of(scores), Optional.empty(),
        evaluation, c.getBoolean("auscult.evaluation.jackknife"));
    seconds.put("evaluate", lap(t));
    System.out.println();
    System.out.println("stage times (s):");
    double total = 0;
    for (var e : seconds.entrySet()) {
      System.out.println(String.format(Locale.ROOT, "  %-22s %8.1f", e.getKey(), e.getValue()));
      total += e.getValue();
    }
    System.out.println(String.format(Locale.ROOT, "  %-22s %8.1f", "total", total));
    System.out.println();
    System.out.println(summary.officialScoreTable());
    System.out.println("report: " + evaluation + "/report.html");
    return ExitCodes.OK;
  }

  private static double lap(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
