package org.auscult.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.scores.ScoreFolder;
import org.auscult.evaluation.scores.ScoredSection;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.io.StageOutput;

/** Checks on what the stages wrote, through the Hadoop FileSystem API (local disk or HDFS). */
final class StageFolders {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StageFolders() {}

  /** Asserts {@code folder} is a published stage output: manifest and success marker. */
  static void assertComplete(Configuration conf, String folder) throws IOException {
    Path p = new Path(folder);
    FileSystem fs = p.getFileSystem(conf);
    assertThat(fs.exists(new Path(p, StageOutput.SUCCESS))).as("%s/%s", folder, StageOutput.SUCCESS)
        .isTrue();
    assertThat(fs.exists(new Path(p, StageOutput.MANIFEST))).as("%s/%s", folder,
        StageOutput.MANIFEST).isTrue();
  }

  /** The manifest of a stage output (or any JSON file) as a map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> json(Configuration conf, String file) throws IOException {
    Path p = new Path(file);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return JSON.readValue(in, Map.class);
    }
  }

  /** The bytes of a file, to show it was not touched. */
  static byte[] bytes(Configuration conf, String file) throws IOException {
    Path p = new Path(file);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      return in.readAllBytes();
    }
  }

  /** The staging folders of earlier, unfinished runs beside {@code target}. */
  static List<String> stagingFolders(Configuration conf, String target) throws IOException {
    Path t = new Path(target);
    FileSystem fs = t.getFileSystem(conf);
    Path parent = fs.makeQualified(t).getParent();
    List<String> out = new ArrayList<>();
    for (FileStatus s : fs.listStatus(parent)) {
      if (s.getPath().getName().startsWith("." + t.getName() + ".staging-")) {
        out.add(s.getPath().getName());
      }
    }
    return out;
  }

  /** The clips table of a features folder. */
  static Dataset<Row> featureRows(SparkSession spark, String features) {
    return spark.read().parquet(features + "/" + FeatureStage.CLIPS);
  }

  /**
   * Asserts two features folders hold the same rows: every column, log-mel and gwrp arrays
   * included, and the same number of rows (so duplicates from retried tasks would show).
   */
  static void assertSameRows(SparkSession spark, String actual, String expected) {
    Dataset<Row> a = featureRows(spark, actual);
    Dataset<Row> e = featureRows(spark, expected);
    String[] columns = e.columns();
    a = a.selectExpr(columns);
    assertThat(a.count()).as("rows of %s", actual).isEqualTo(e.count());
    assertThat(a.exceptAll(e).count()).as("rows of %s not in %s", actual, expected).isZero();
    assertThat(e.exceptAll(a).count()).as("rows of %s not in %s", expected, actual).isZero();
  }

  /**
   * Reads a score folder as strictly as the evaluator does (every file parses, scores finite,
   * decisions 0/1) and returns the number of scored clips.
   */
  static int scoredClips(Configuration conf, String scoreFolder) throws IOException {
    Path p = new Path(scoreFolder);
    List<ScoredSection> sections = ScoreFolder.read(p.getFileSystem(conf), p, Optional.empty());
    return sections.stream().mapToInt(s -> s.clipNames().size()).sum();
  }
}
