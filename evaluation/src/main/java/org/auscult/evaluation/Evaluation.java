package org.auscult.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.report.HtmlReport;
import org.auscult.evaluation.report.MetricsJson;
import org.auscult.evaluation.report.OfficialScoreTable;
import org.auscult.evaluation.report.ResultCsv;
import org.auscult.evaluation.report.SystemEvaluation;
import org.auscult.evaluation.scores.ScoreFileException;
import org.auscult.evaluation.scores.ScoreFolder;
import org.auscult.evaluation.scores.ScoredSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code evaluate} stage without Spark: read each score set, compute the official metrics,
 * write the outputs, return a summary.
 *
 * <p>Outputs under {@code outDir}: with one score set, {@code metrics.json}, {@code result.csv}
 * and {@code report.html} directly in it; with several, each set's {@code metrics.json} and
 * {@code result.csv} in {@code outDir/<label>/} and one {@code report.html} comparing them all in
 * {@code outDir}. Existing files are replaced.
 */
public final class Evaluation {
  public static final String METRICS_JSON = "metrics.json";
  public static final String RESULT_CSV = "result.csv";
  public static final String REPORT_HTML = "report.html";

  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

  private Evaluation() {
  }

  /**
   * Evaluates {@code inputs} and writes the outputs.
   *
   * @param inputs the systems, at least one, labels unique
   * @param groundTruthDir folder with {@code ground_truth_data/} and {@code ground_truth_domain/},
   *     needed for evaluation-set clip names
   * @param outDir where the outputs go (any Hadoop file system)
   * @param hadoopConf resolves the folders' file systems
   * @param jackknife also compute the 95 % jackknife interval of each Ω
   * @throws org.auscult.evaluation.scores.ScoreFileException when no score set can be evaluated,
   *     naming the first one's file and line (a set that cannot be evaluated beside others that
   *     can is left out, with its reason, in the summary and the report)
   * @throws IOException when an output cannot be written
   */
  public static EvaluationSummary run(List<ScoreSet> inputs, Optional<Path> groundTruthDir,
      Path outDir, Configuration hadoopConf, boolean jackknife) throws IOException {
    return run(inputs, groundTruthDir, outDir, hadoopConf, jackknife, Map.of());
  }

  /**
   * The same, with what an earlier stage already left out ({@code skipped}: what, and why), listed
   * in the report beside the sets this run leaves out.
   */
  public static EvaluationSummary run(List<ScoreSet> inputs, Optional<Path> groundTruthDir,
      Path outDir, Configuration hadoopConf, boolean jackknife, Map<String, String> skipped)
      throws IOException {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("nothing to evaluate: no score sets");
    }
    Set<String> labels = new HashSet<>();
    for (ScoreSet in : inputs) {
      if (!labels.add(in.label())) {
        throw new IllegalArgumentException("two score sets are labelled '" + in.label() + "'");
      }
    }
    List<SystemEvaluation> evaluations = new ArrayList<>();
    Map<String, String> left = new LinkedHashMap<>(skipped);
    ScoreFileException first = null;
    for (ScoreSet in : inputs) {
      List<ScoredSection> sections;
      try {
        sections = ScoreFolder.read(in.scoreDir(), groundTruthDir, hadoopConf);
      } catch (ScoreFileException e) {
        // one broken system never blocks the others
        LOG.warn("{}: left out: {}", in.label(), e.getMessage());
        left.put(in.label() + " (" + in.scoreDir() + ")", e.getMessage());
        first = first == null ? e : first;
        continue;
      }
      evaluations.add(SystemEvaluation.of(in.label(), in.note(), sections, jackknife));
      LOG.info("{}: {} sections from {}", in.label(), sections.size(), in.scoreDir());
    }
    if (evaluations.isEmpty()) {
      throw first;
    }

    FileSystem fs = outDir.getFileSystem(hadoopConf);
    if (fs instanceof LocalFileSystem local) {
      // the checksummed local file system leaves a .crc beside each file; these are for people
      fs = local.getRawFileSystem();
    }
    fs.mkdirs(outDir);
    List<SystemResult> results = new ArrayList<>();
    for (SystemEvaluation e : evaluations) {
      Path dir = evaluations.size() == 1 ? outDir : new Path(outDir, e.label());
      Path json = write(fs, new Path(dir, METRICS_JSON), MetricsJson.format(e));
      Path csv = write(fs, new Path(dir, RESULT_CSV), ResultCsv.format(e));
      results.add(new SystemResult(e, json, csv));
    }
    Path report = write(fs, new Path(outDir, REPORT_HTML), HtmlReport.render(evaluations, left));
    EvaluationSummary summary = new EvaluationSummary(results, report, left);
    LOG.debug("official scores:\n{}report: {}", summary.officialScoreTable(), report);
    return summary;
  }

  /** The official score table of {@code summary} as console text. */
  public static String officialScoreTable(EvaluationSummary summary) {
    return OfficialScoreTable.format(summary.evaluations());
  }

  private static Path write(FileSystem fs, Path file, String text) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }
}
