package org.auscult.jobs;

import com.typesafe.config.Config;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.Evaluation;
import org.auscult.evaluation.EvaluationSummary;
import org.auscult.evaluation.ScoreSet;
import org.auscult.evaluation.ScoreSetDiscovery;
import org.auscult.evaluation.scores.ScoreFileException;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.cli.StageCommand;
import org.auscult.jobs.cli.StageFailedException;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.cli.StageMain;
import org.auscult.jobs.io.Provenance;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.score.ScoreStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Stage {@code evaluate}: the official DCASE 2022 metrics, result tables and an HTML report. */
@Command(name = "evaluate",
    description = {"Reads score files in the official format (from Auscult or any system),",
        "computes AUC (source, target), pAUC and the official score per section, and writes",
        "metrics.json, result.csv and report.html. Several folders are compared side by side."})
public final class EvaluateJob extends StageCommand<Boolean> {
  private static final Logger LOG = LoggerFactory.getLogger(EvaluateJob.class);

  @Option(names = "--scores", required = true, split = ",", paramLabel = "DIR[,DIR…]",
      description = "Score folders (anomaly_score_<machine>_section_<SS>_test.csv, optional "
          + "decision_result_…), or a run's scores/ folder with one sub-folder per model.")
  private List<String> scores;

  @Option(names = "--ground-truth", paramLabel = "DIR",
      description = "Folder with ground_truth_data/ and ground_truth_domain/ (evaluation-set names).")
  private String groundTruth;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder; replaced atomically when the run succeeds.")
  private String out;

  @Option(names = "--jackknife", negatable = true,
      description = "Also compute the jackknife 95 %% interval of the official score "
          + "(default: auscult.evaluation.jackknife).")
  private Boolean jackknife;

  public static void main(String[] args) {
    System.exit(StageMain.execute(new EvaluateJob(), args));
  }

  /** Whether to compute the jackknife interval. */
  @Override
  protected Boolean settings(Config c) {
    return jackknife != null ? jackknife : c.getBoolean("auscult.evaluation.jackknife");
  }

  @Override
  protected int run(SparkSession spark, Boolean withCi) throws Exception {
    EvaluationSummary summary = run(spark, scores, Optional.ofNullable(groundTruth), out, withCi);
    System.out.println(summary.officialScoreTable());
    summary.skipped().forEach((what, why) -> System.out.println("left out: " + what + ": "
        + why));
    System.out.println("report: " + out + "/" + Evaluation.REPORT_HTML);
    return summary.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED;
  }

  /** Evaluates {@code scoreFolders} into {@code out}; bad score files end the stage (exit 1). */
  public static EvaluationSummary run(SparkSession spark, List<String> scoreFolders,
      Optional<String> groundTruth, String out, boolean jackknife) throws Exception {
    Progress progress = Progress.start(LOG, "evaluate: " + String.join(",", scoreFolders));
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Path> folders = new ArrayList<>();
    for (String s : scoreFolders) {
      folders.add(new Path(s));
    }
    FileSystem fs = folders.get(0).getFileSystem(conf);
    List<ScoreSet> sets;
    try {
      sets = ScoreSetDiscovery.discover(fs, folders);
    } catch (IOException e) {
      // the message names the folder that is missing or holds no score files
      throw StageFolderException.wrongFolder(e.getMessage(), e);
    }
    Map<String, String> skippedModels = skippedModels(fs, folders);
    StageOutput output = StageOutput.begin(conf, out, "evaluate");
    try {
      EvaluationSummary summary = Evaluation.run(sets, groundTruth.map(Path::new),
          new Path(output.staging()), conf, jackknife, skippedModels);
      Map<String, Object> manifest = new java.util.LinkedHashMap<>(Provenance.common("evaluate", spark));
      manifest.put("scores", scoreFolders);
      manifest.put("ground_truth", groundTruth.orElse(null));
      manifest.put("official_scores", summary.officialScores());
      manifest.put("left_out", summary.skipped());
      manifest.put("seconds", progress.seconds());
      output.commit(manifest);
      progress.done(sets.size(), "systems");
      LOG.info("evaluate: report {}/{}", output.target(), Evaluation.REPORT_HTML);
      return summary;
    } catch (ScoreFileException e) {
      output.abort();
      throw new StageFailedException(ExitCodes.FAILED, e.getMessage());
    } catch (Exception e) {
      output.abort();
      throw e;
    }
  }

  /** The model folders the score stage skipped, from each score folder's list of them. */
  private static Map<String, String> skippedModels(FileSystem fs, List<Path> folders)
      throws IOException {
    Map<String, String> skipped = new java.util.LinkedHashMap<>();
    for (Path folder : folders) {
      Path list = new Path(folder, ScoreStage.SKIPPED_FILE);
      if (fs.exists(list)) {
        try (var in = fs.open(list)) {
          for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
              skipped.put("model " + line.substring(0, colon) + " (not scored)",
                  line.substring(colon + 2));
            }
          }
        }
      }
    }
    return skipped;
  }
}
