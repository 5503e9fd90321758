package org.auscult.jobs.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.spark.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken model never blocks the others: a model folder whose training did not finish (no
 * {@code _SUCCESS}) and one of an earlier format, beside a good one, are skipped with their reason,
 * and the good model's clips are scored.
 */
class BrokenModelTest {
  @TempDir
  static Path tmp;

  @Test
  void brokenModelFoldersAreSkippedWithTheirReasonAndTheGoodOneIsScored() throws IOException {
    TinyRun run = new TinyRun(SharedSpark.session(), tmp.resolve("run"));
    run.synth();
    run.features();
    run.train("gmm", false);
    // an interrupted ae training run, and a spectral model of an earlier build
    Path interrupted = Files.createDirectories(run.models.resolve("ae").resolve("fan")
        .resolve("checkpoints"));
    Path earlier = Files.createDirectories(run.models.resolve("spectral").resolve("fan"));
    Files.writeString(earlier.resolve("model.json"), "{\"format_version\": 1}");
    Files.writeString(earlier.resolve("_SUCCESS"), "");

    ScoreStage.Report report = run.score(run.features, run.scores);

    assertThat(report.clipsPerKind()).containsOnlyKeys("gmm");
    assertThat(report.clipsPerKind().get("gmm")).isPositive();
    assertThat(run.scores.resolve("ae")).doesNotExist();
    assertThat(report.skipped()).hasSize(2);
    assertThat(report.skipped().get(interrupted.getParent().toString()))
        .contains("has no _SUCCESS marker: it is incomplete");
    assertThat(report.skipped().get(earlier.toString()))
        .contains("is of format version 1; this build reads format version 2");
    assertThat(run.scores.resolve(ScoreStage.SKIPPED_FILE)).content()
        .contains(interrupted.getParent().toString(), earlier.toString());
    assertThat(run.scores.resolve("gmm").resolve("anomaly_score_fan_section_00_test.csv"))
        .isNotEmptyFile();
  }
}
