package org.auscult.jobs.features;

import java.io.IOException;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.jobs.io.StageOutput;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipQuery;

/**
 * A features folder as the later stages read it: refused unless its stage completed, with the
 * log-mel parameters it was made with (from its manifest) so models can check them.
 */
public final class FeaturesTable {
  private final String folder;
  private final FeaturesManifest manifest;
  private final Dataset<Row> clips;

  /** The clips table of a complete folder whose manifest is {@code manifest}. */
  private FeaturesTable(SparkSession spark, String folder, FeaturesManifest manifest) {
    this.folder = folder;
    this.manifest = manifest;
    this.clips = spark.read().parquet(folder + "/" + FeatureStage.CLIPS);
  }

  /**
   * Opens {@code folder}.
   *
   * @throws IOException naming the folder when it is missing, incomplete or lacks its manifest
   */
  public static FeaturesTable open(SparkSession spark, String folder) throws IOException {
    var conf = spark.sparkContext().hadoopConfiguration();
    StageOutput.requireComplete(conf, folder, "features");
    return new FeaturesTable(spark, folder, FeaturesManifest.read(conf, folder));
  }

  /** The folder. */
  public String folder() {
    return folder;
  }

  /** Every clip row (schema in docs/stages.md). */
  public Dataset<Row> clips() {
    return clips;
  }

  /**
   * The clips matching {@code condition} (a SQL expression over the table's columns, e.g.
   * {@code "split = 'train' AND machine = 'fan'"}) as typed rows, arrays unboxed.
   */
  public Dataset<FeatureRow> rows(String condition) {
    return clips.where(condition).selectExpr("machine", "section", "domain", "split", "label",
        "index", "attributes", "file_name AS fileName", "path", "n_frames AS NFrames",
        "n_mels AS NMels", "logmel", "gwrp", readLayout(), readChannel(), readSampleRate())
        .as(Encoders.bean(FeatureRow.class));
  }

  /**
   * The clips matching {@code condition} as models see them, with only {@code columns} of the
   * feature arrays read (the others null).
   */
  public JavaRDD<Clip> clips(String condition, Set<ClipQuery.Column> columns) {
    String logmel = columns.contains(ClipQuery.Column.LOG_MEL) ? "logmel"
        : "CAST(NULL AS ARRAY<FLOAT>) AS logmel";
    String gwrp = columns.contains(ClipQuery.Column.GWRP) ? "gwrp"
        : "CAST(NULL AS ARRAY<FLOAT>) AS gwrp";
    return clips.where(condition).selectExpr("machine", "section", "domain", "split", "label",
        "index", "attributes", "file_name AS fileName", "path", "n_frames AS NFrames",
        "n_mels AS NMels", logmel, gwrp, readLayout(), readChannel(), readSampleRate())
        .as(Encoders.bean(FeatureRow.class)).javaRDD().map(FeatureRow::toClip);
  }

  // tables written before these columns existed read as layout unknown, channel 0, rate 0
  private String readLayout() {
    return has("layout") ? "layout" : "CAST(NULL AS STRING) AS layout";
  }

  private String readChannel() {
    return has("channel") ? "channel" : "0 AS channel";
  }

  private String readSampleRate() {
    return has("sample_rate") ? "sample_rate AS sampleRate" : "0 AS sampleRate";
  }

  private boolean has(String column) {
    return java.util.Arrays.asList(clips.columns()).contains(column);
  }

  /** Clips the features stage wrote, from its manifest. */
  public long clipsWritten() {
    return manifest.clipsWritten();
  }

  /** Bad clips and files the features stage left out (its errors table), from its manifest. */
  public long badClips() {
    return manifest.badClips();
  }

  /** The log-mel parameters the features were made with. */
  public LogMelParameters logMel() {
    return manifest.logMel();
  }

  /** What the features were read from, as their manifest says (its {@code input}). */
  public Object input() {
    return manifest.input();
  }

}
