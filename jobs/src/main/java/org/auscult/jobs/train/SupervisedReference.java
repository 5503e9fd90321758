package org.auscult.jobs.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.typesafe.config.Config;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.features.FeatureRow;
import org.auscult.jobs.features.FeaturesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's label-using reference, kept as an upper bound and marked so wherever it is shown:
 * gradient-boosted trees (Spark MLlib) on each test clip's per-band log-mel mean and standard
 * deviation, trained on LABELLED TEST clips (normal and anomalous), which the task forbids. Scores
 * are out-of-fold probabilities of k-fold cross-validation, so no clip is scored by a model that
 * saw it, but every model saw anomalies of the same machine.
 */
public final class SupervisedReference {
  /** What the score files and the report say about this system. */
  public static final String NOTE = "uses anomaly labels: trained on labelled test clips "
      + "(out-of-fold scores of k-fold cross-validation); an upper reference, not a DCASE system";
  /** The out-of-fold scores, as Parquet (file_name, section, domain, score). */
  public static final String OOF_SCORES = "oof_scores";
  /** What the model folder holds. */
  public static final String MODEL_JSON = "supervised.json";

  private static final Logger LOG = LoggerFactory.getLogger(SupervisedReference.class);
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final StructType SCHEMA = new StructType()
      .add("file_name", DataTypes.StringType, false)
      .add("section", DataTypes.StringType, false)
      .add("domain", DataTypes.StringType, true)
      .add("label", DataTypes.DoubleType, false)
      .add("fold", DataTypes.IntegerType, false)
      .add("features", SQLDataTypes.VectorType(), false);

  private final SparkSession spark;
  private final TrainSettings s;
  private final FeaturesTable table;

  public SupervisedReference(SparkSession spark, TrainSettings settings, FeaturesTable table) {
    this.spark = spark;
    this.s = settings;
    this.table = table;
  }

  /** Cross-validates the trees on {@code machine}'s labelled test clips into {@code folder}. */
  public NetworkTraining.Result train(String machine, ModelFolder folder) throws IOException {
    Progress progress = Progress.start(LOG, "train supervised " + machine);
    folder.prepare(s.resume(), s.overwrite());
    Config c = s.config();
    int folds = c.getInt("auscult.training.supervised.folds");
    if (folds < 2) {
      throw new IllegalArgumentException("auscult.training.supervised.folds must be >= 2, got "
          + folds);
    }
    long seed = s.seed();
    Dataset<FeatureRow> rows = table.rows("split = 'test' AND label IS NOT NULL AND machine = '"
        + machine + "'");
    List<Row> examples = rows.javaRDD().map(r -> RowFactory.create(r.getFileName(),
        r.getSection(), r.getDomain(), "anomaly".equals(r.getLabel()) ? 1.0 : 0.0,
        fold(seed, r.getSection() + "/" + r.getFileName(), folds),
        Vectors.dense(pooledStatistics(r.getLogmel(), r.getNMels())))).collect();
    if (examples.isEmpty()) {
      throw new IllegalStateException("no labelled test clips of " + machine + " in "
          + table.folder() + " (the supervised reference needs development-set test clips)");
    }
    Dataset<Row> data = spark.createDataFrame(examples, SCHEMA).cache();
    try {
      Dataset<Row> oof = null;
      for (int f = 0; f < folds; f++) {
        Dataset<Row> train = data.where("fold <> " + f);
        Dataset<Row> held = data.where("fold = " + f);
        if (held.isEmpty() || train.select("label").distinct().count() < 2) {
          continue;
        }
        GBTClassificationModel model = new GBTClassifier().setLabelCol("label")
            .setFeaturesCol("features").setSeed(seed)
            .setMaxIter(c.getInt("auscult.training.supervised.max-iterations"))
            .setMaxDepth(c.getInt("auscult.training.supervised.max-depth")).fit(train);
        Dataset<Row> p = model.transform(held).select(functions.col("file_name"),
            functions.col("section"), functions.col("domain"),
            org.apache.spark.ml.functions.vector_to_array(functions.col("probability"), "float64")
                .getItem(1).as("score"));
        oof = oof == null ? p : oof.union(p);
      }
      if (oof == null) {
        throw new IllegalStateException("supervised " + machine + ": no fold had both labels");
      }
      oof.coalesce(1).write().mode(SaveMode.Overwrite).parquet(folder.path(OOF_SCORES));
      long n = spark.read().parquet(folder.path(OOF_SCORES)).count();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("kind", "supervised");
      json.put("machine", machine);
      json.put("note", NOTE);
      json.put("folds", folds);
      json.put("seed", seed);
      json.put("features", "per-band mean and standard deviation of the log-mel (2 x n_mels)");
      json.put("decision_threshold", 0.5);
      folder.writeText(MODEL_JSON, JSON.writeValueAsString(json));
      folder.complete();
      double seconds = progress.done(n, "clips");
      return new NetworkTraining.Result("supervised " + machine, folder.path(), 0, Double.NaN,
          Double.NaN, 0.5, seconds);
    } finally {
      data.unpersist();
    }
  }

  /** A clip's fold: a seeded hash of its name, so the split is the same on every run. */
  static int fold(long seed, String key, int folds) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001B3L;
    }
    h ^= h >>> 29;
    return (int) Math.floorMod(h, (long) folds);
  }

  /** Per-band mean, then per-band standard deviation, over the clip's frames. */
  static double[] pooledStatistics(float[] logmel, int nMels) {
    int frames = logmel.length / nMels;
    double[] out = new double[2 * nMels];
    for (int t = 0; t < frames; t++) {
      for (int m = 0; m < nMels; m++) {
        out[m] += logmel[t * nMels + m];
      }
    }
    for (int m = 0; m < nMels; m++) {
      out[m] /= frames;
    }
    for (int t = 0; t < frames; t++) {
      for (int m = 0; m < nMels; m++) {
        double d = logmel[t * nMels + m] - out[m];
        out[nMels + m] += d * d;
      }
    }
    for (int m = 0; m < nMels; m++) {
      out[nMels + m] = Math.sqrt(out[nMels + m] / frames);
    }
    return out;
  }
}
