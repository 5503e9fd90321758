package org.auscult.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.SynthMachine;

/**
 * Writes a full-size example report (3 systems × 7 machine types × 3 sections of seeded synthetic
 * scores, jackknife on) to look at, e.g. with {@code submit/tools/screenshot-report.sh}. Not a
 * test; run from the evaluation module after {@code mvn test-compile}:
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.auscult.evaluation.ReportPreview target/report-preview
 * </pre>
 */
public final class ReportPreview {
  private ReportPreview() {
  }

  public static void main(String[] args) throws Exception {
    java.nio.file.Path root = java.nio.file.Path.of(args.length > 0 ? args[0]
        : "target/report-preview").toAbsolutePath();
    Configuration conf = new Configuration();
    FileSystem fs = FileSystem.getLocal(conf);
    String[] labels = {"ae", "gmm", "supervised"};
    double[] separation = {0.45, 0.75, 1.5};
    double[] domainShift = {0.35, 0.2, 0.1};
    List<ScoreSet> sets = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      Path dir = new Path(root.resolve("scores").resolve(labels[i]).toUri());
      SyntheticScoreFolder.write(fs, dir, SynthMachine.types(), new int[] {0, 1, 2},
          2022L + i, separation[i], domainShift[i]);
      sets.add(new ScoreSet(labels[i], dir, i == 2 ? Optional.of("uses anomaly labels")
          : Optional.empty()));
    }
    long start = System.nanoTime();
    EvaluationSummary summary = Evaluation.run(sets, Optional.empty(),
        new Path(root.resolve("out").toUri()), conf, true);
    System.out.print(summary.officialScoreTable());
    System.out.printf("report %s written in %.1f s%n", summary.report(),
        (System.nanoTime() - start) / 1e9);
  }
}
