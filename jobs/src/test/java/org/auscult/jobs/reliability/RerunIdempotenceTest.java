package org.auscult.jobs.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.training.model.ModelManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rerunning synth → features → train gmm → score into the same run folder, on unchanged inputs
 * with the fixed seeds, gives the same bytes: WAV files, the model's manifest and mixtures
 * ({@code model.json}, {@code mixtures.json}), score and decision files; and the same features
 * rows (each clip's path taken relative to the data folder). The stage manifests differ (they
 * record times). The first run is a copy of the shared {@link TinyRun} (the same stages and
 * seeds), which the rerun then replaces stage by stage.
 */
class RerunIdempotenceTest {

  @Test
  void aRerunGivesTheSameDataFeaturesModelAndScores(@TempDir Path tmp) throws IOException {
    TinyRun first = TinyRun.shared();
    TinyRun run = new TinyRun(first.spark, tmp.resolve("run"));
    Files.createDirectories(run.models);
    TinyRun.copyTree(first.data, run.data);
    TinyRun.copyTree(first.features, run.features);
    TinyRun.copyTree(first.models.resolve("gmm"), run.models.resolve("gmm"));
    TinyRun.copyTree(first.scores, run.scores);
    Map<String, byte[]> data = files(run.data);
    // the copied table names the clips where the shared run made them
    List<Row> features = featureRows(run, first.data);
    Map<String, byte[]> model = gmmJson(run);
    Map<String, byte[]> scores = files(run.scores);

    run.synth();
    run.features();
    run.train("gmm", true);
    run.score(run.features, run.scores, "gmm");

    assertSameBytes(files(run.data), data);
    assertThat(featureRows(run, run.data)).isEqualTo(features);
    assertSameBytes(gmmJson(run), model);
    assertSameBytes(files(run.scores), scores);
    assertThat(scores.keySet()).anyMatch(f -> f.startsWith("gmm/anomaly_score_fan_section_00"))
        .anyMatch(f -> f.startsWith("gmm/decision_result_fan_section_02"));
  }

  private static Map<String, byte[]> gmmJson(TinyRun run) throws IOException {
    Map<String, byte[]> all = files(run.models);
    all.keySet().removeIf(f -> !f.endsWith(".json") || f.contains("_TRAIN_MANIFEST"));
    assertThat(all).containsOnlyKeys("gmm/fan/" + ModelManifest.FILE, "gmm/fan/mixtures.json");
    return all;
  }

  /**
   * Every row of the features table, all columns, in path order, with each clip's path made
   * relative to {@code data}, the folder the features were made from.
   */
  private static List<Row> featureRows(TinyRun run, Path data) {
    Dataset<Row> table = run.spark.read()
        .parquet(run.features.resolve(FeatureStage.CLIPS).toString()).orderBy("path");
    int path = table.schema().fieldIndex("path");
    String root = data.toUri().getPath();
    List<Row> rows = new ArrayList<>();
    for (Row r : table.collectAsList()) {
      Object[] values = new Object[r.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      String p = r.getString(path);
      assertThat(p).contains(root);
      values[path] = p.substring(p.indexOf(root) + root.length());
      rows.add(RowFactory.create(values));
    }
    return rows;
  }

  /**
   * The files below {@code dir} by relative path, without the manifests (they hold run times)
   * and the checksums Hadoop keeps of them.
   */
  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (!name.contains("MANIFEST.json")) {
          out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return out;
  }

  private static void assertSameBytes(Map<String, byte[]> again, Map<String, byte[]> first) {
    assertThat(again.keySet()).isEqualTo(first.keySet());
    first.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
  }
}
