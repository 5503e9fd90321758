package org.auscult.jobs.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.Evaluation;
import org.auscult.evaluation.EvaluationSummary;
import org.auscult.jobs.EvaluateJob;
import org.auscult.jobs.features.FeatureReport;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.spark.SharedSpark;
import org.auscult.jobs.train.TrainSettings;
import org.auscult.jobs.train.TrainStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a data set with every kind of bad file: the good clips are all processed
 * and scored, each bad one is listed with its reason, and the log, the score manifest and the
 * evaluation report say how many were left out.
 */
class CorruptedDataSetTest {
  private final SparkSession spark = SharedSpark.session();

  @Test
  void goodClipsAreScoredAndEveryBadOneIsListedWithItsReason(@TempDir Path tmp)
      throws Exception {
    CorruptedDataSet data = CorruptedDataSet.build(spark, tmp.resolve("data"));
    Path features = tmp.resolve("features");
    Config c = TinyRun.config();

    FeatureReport report;
    String log;
    try (LogCapture capture = LogCapture.start()) {
      report = FeatureStage.run(spark, FeatureSettings.from(c, data.root.toString(),
          features.toString(), null, data.bad.size(), null));
      log = capture.text();
    }

    // every bad path once, with its reason
    Map<String, String> reasons = new TreeMap<>();
    for (FeatureReport.BadClip b : report.bad()) {
      assertThat(reasons.put(data.relative(b.path()), b.reason())).as(b.path()).isNull();
    }
    assertThat(reasons.keySet()).containsExactlyInAnyOrderElementsOf(data.bad.keySet());
    data.bad.forEach((path, reason) -> assertThat(reasons.get(path)).as(path).contains(reason));
    Map<String, String> table = new HashMap<>();
    for (Row r : spark.read().parquet(features.resolve(FeatureStage.ERRORS).toString())
        .collectAsList()) {
      table.put(data.relative(r.getString(0)), r.getString(1));
    }
    assertThat(table).isEqualTo(reasons);

    // every good clip once
    List<String> written = spark.read().parquet(features.resolve(FeatureStage.CLIPS).toString())
        .select("path").collectAsList().stream().map(r -> data.relative(r.getString(0)))
        .toList();
    assertThat(written).doesNotHaveDuplicates();
    assertThat(written).containsExactlyInAnyOrderElementsOf(data.good);
    assertThat(report.clips()).isEqualTo(data.good.size());

    // the counts, in the log and the manifest
    assertThat(log).contains("features: " + data.bad.size() + " bad clips or files, listed in ")
        .contains("features: " + data.good.size() + " clips written to ");
    JsonNode manifest = json(features.resolve(StageOutput.MANIFEST));
    assertThat(manifest.at("/counts/bad").asInt()).isEqualTo(data.bad.size());
    assertThat(manifest.at("/counts/clips_written").asInt()).isEqualTo(data.good.size());

    // train both model kinds, score, evaluate
    Path models = tmp.resolve("models");
    for (String kind : List.of("gmm", "ae")) {
      TrainStage.run(spark, TrainSettings.from(c, kind, features.toString(), models.toString(),
          null, null, false, false));
    }
    Path scores = tmp.resolve("scores");
    ScoreStage.Report scored = ScoreStage.run(spark, models.toString(), features.toString(),
        scores.toString(), List.of());
    assertThat(scored.clipsPerKind()).containsOnlyKeys("gmm", "ae")
        .allSatisfy((kind, n) -> assertThat(n).isEqualTo(data.goodTests.size()));
    for (String kind : List.of("gmm", "ae")) {
      assertThat(scoredClips(scores.resolve(kind))).as(kind)
          .containsExactlyInAnyOrderElementsOf(data.goodTests);
    }
    JsonNode scoreManifest = json(scores.resolve(StageOutput.MANIFEST));
    assertThat(scoreManifest.at("/features_counts/bad").asInt()).isEqualTo(data.bad.size());
    assertThat(scoreManifest.at("/features_counts/clips_written").asInt())
        .isEqualTo(data.good.size());

    Path eval = tmp.resolve("eval");
    EvaluationSummary summary = EvaluateJob.run(spark, List.of(scores.toString()),
        Optional.empty(), eval.toString(), false);
    assertThat(summary.officialScores()).containsOnlyKeys("gmm", "ae");
    String note = data.bad.size() + " bad clips or files of the data set are not scored";
    for (String kind : List.of("gmm", "ae")) {
      assertThat(json(eval.resolve(kind).resolve(Evaluation.METRICS_JSON)).get("note").asText())
          .as(kind).contains(note);
    }
    assertThat(Files.readString(eval.resolve(Evaluation.REPORT_HTML))).contains(note);
  }

  /** {@code <machine>/<file name>} of every clip in a folder's anomaly score files. */
  private static Set<String> scoredClips(Path folder) throws IOException {
    Set<String> clips = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("anomaly_score_"))
          .toList()) {
        String machine = f.getFileName().toString().replaceFirst("^anomaly_score_", "")
            .replaceFirst("_section_\\d\\d_test\\.csv$", "");
        for (String line : Files.readAllLines(f)) {
          assertThat(clips.add(machine + "/" + line.split(",")[0])).as(line).isTrue();
        }
      }
    }
    return clips;
  }

  private static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }
}
