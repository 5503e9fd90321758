package org.auscult.jobs.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.typesafe.config.Config;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.clustering.GaussianMixture;
import org.apache.spark.ml.clustering.GaussianMixtureModel;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.stat.distribution.MultivariateGaussian;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.threshold.DecisionThreshold;
import org.auscult.evaluation.threshold.GammaThreshold;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.features.FeatureRow;
import org.auscult.jobs.features.FeaturesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gwrp-GMM (LY system): per section, a full-covariance Gaussian mixture of the normal training
 * clips' gwrp vectors, fitted with Spark MLlib and saved with MLlib's own persistence; a clip's
 * score is minus the largest component log density. MLlib's GaussianMixture needs two or more
 * components, so a one-component section is fitted as the training clips' mean and covariance
 * (the maximum-likelihood single Gaussian) and saved as JSON.
 */
public final class GmmTraining {
  /** Per-section settings and the decision threshold of a machine type's GMM. */
  public static final String MODEL_JSON = "gmm.json";

  /** The key of the features' log-mel parameters in {@value #MODEL_JSON}. */
  static final String LOG_MEL = "log_mel";

  private static final Logger LOG = LoggerFactory.getLogger(GmmTraining.class);
  // keys sorted: Map.of iterates in an order that changes from JVM to JVM, and a rerun of the same
  // training should write the same file
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final SparkSession spark;
  private final TrainSettings s;
  private final FeaturesTable table;

  public GmmTraining(SparkSession spark, TrainSettings settings, FeaturesTable table) {
    this.spark = spark;
    this.s = settings;
    this.table = table;
  }

  /**
   * A machine type's mixture model, as scoring uses it (serialisable, sent to tasks).
   *
   * @param logMel the log-mel parameters of the features it was fitted on; null for a model saved
   *     before they were recorded
   */
  public record Model(String machine, int components, double regularization,
      Map<String, List<MultivariateGaussian>> sections, double threshold, String thresholdMethod,
      LogMelParameters logMel) implements Serializable {

    /**
     * Fails unless {@code features} were made as the model's training features were: a gwrp
     * vector of other mel bands, hop or clip length has another meaning, even where its length
     * matches.
     *
     * @throws StageFolderException naming the model folder, the features folder and every
     *     differing parameter with both values
     */
    public void requireCompatible(LogMelParameters features, String modelDir,
        String featuresFolder) throws StageFolderException {
      List<String> diffs = new ArrayList<>();
      if (logMel == null) {
        // saved before the parameters were recorded: the gwrp dimension is all there is to check
        int d = sections.values().iterator().next().get(0).mean().size();
        if (d != features.nMels()) {
          diffs.add("n_mels is " + d + " in the model but " + features.nMels()
              + " in the features");
        }
      } else {
        diff(diffs, "sample_rate", logMel.sampleRate(), features.sampleRate());
        diff(diffs, "n_fft", logMel.nFft(), features.nFft());
        diff(diffs, "hop_length", logMel.hopLength(), features.hopLength());
        diff(diffs, "n_mels", logMel.nMels(), features.nMels());
        diff(diffs, "clip_samples", logMel.clipSamples(), features.clipSamples());
      }
      if (!diffs.isEmpty()) {
        throw StageFolderException.wrongFolder("the gmm model " + modelDir + " does not fit the "
            + "features " + featuresFolder + ": " + String.join("; ", diffs)
            + " (make features with the model's parameters, or retrain the model on these)");
      }
    }

    private static void diff(List<String> diffs, String name, int model, int given) {
      if (model != given) {
        diffs.add(name + " is " + model + " in the model but " + given + " in the features");
      }
    }

    /** Minus the largest component log density of {@code gwrp} under its section's mixture. */
    public double score(String section, float[] gwrp) {
      List<MultivariateGaussian> g = sections.get(section);
      if (g == null) {
        throw new IllegalArgumentException("the " + machine + " GMM has no section " + section
            + " (it has " + sections.keySet() + ")");
      }
      double[] x = new double[gwrp.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = gwrp[i];
      }
      Vector v = Vectors.dense(x);
      double best = Double.NEGATIVE_INFINITY;
      for (MultivariateGaussian c : g) {
        best = Math.max(best, c.logpdf(v));
      }
      return -best;
    }
  }

  /** Fits every section of {@code machine} into {@code folder}. */
  public NetworkTraining.Result train(String machine, ModelFolder folder) throws IOException {
    Progress progress = Progress.start(LOG, "train gmm " + machine);
    folder.prepare(s.resume(), s.overwrite());
    Config c = s.config();
    int k = c.getInt("auscult.training.gmm.components." + machine);
    double reg = c.getDouble("auscult.training.gmm.regularization");
    Dataset<FeatureRow> rows = table.rows("split = 'train' AND label = 'normal' AND machine = '"
        + machine + "'").cache();
    try {
      List<String> sections = rows.javaRDD().map(FeatureRow::getSection).distinct().collect()
          .stream().sorted().toList();
      if (sections.isEmpty()) {
        throw new IllegalStateException("no normal training clips of " + machine + " in "
            + table.folder());
      }
      Map<String, List<MultivariateGaussian>> fitted = new LinkedHashMap<>();
      Map<String, Object> sectionInfo = new LinkedHashMap<>();
      for (String section : sections) {
        // one partition: EM sums over partitions merge in task-completion order, so with several
        // the mixture differs in its last bits from run to run; a section's vectors are small
        Dataset<Row> vectors = rows.where("section = '" + section + "'").toDF()
            .orderBy("fileName").coalesce(1)
            .select(org.apache.spark.ml.functions.array_to_vector(
                org.apache.spark.sql.functions.col("gwrp")).as("features"));
        long n = vectors.count();
        List<MultivariateGaussian> components;
        if (k >= 2) {
          GaussianMixtureModel m = new GaussianMixture().setK(k).setSeed(s.seed())
              .setMaxIter(c.getInt("auscult.training.gmm.max-iterations"))
              .setTol(c.getDouble("auscult.training.gmm.tolerance")).fit(vectors);
          m.write().overwrite().save(folder.path("section_" + section));
          components = new ArrayList<>();
          for (MultivariateGaussian g : m.gaussians()) {
            components.add(regularized(g.mean(), g.cov(), reg));
          }
          sectionInfo.put(section, Map.of("clips", n, "components", k, "weights",
              m.weights(), "mllib_model", "section_" + section));
        } else {
          MultivariateGaussian g = singleGaussian(vectors);
          folder.writeText("section_" + section + ".json", JSON.writeValueAsString(
              Map.of("mean", g.mean().toArray(), "covariance", g.cov().toArray(),
                  "dimension", g.mean().size())));
          components = List.of(regularized(g.mean(), g.cov(), reg));
          sectionInfo.put(section, Map.of("clips", n, "components", 1, "gaussian",
              "section_" + section + ".json"));
        }
        fitted.put(section, components);
      }
      Model unthresholded = new Model(machine, k, reg, fitted, Double.NaN, "", table.logMel());
      var b = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(unthresholded);
      double[] scores = rows.javaRDD().map(r -> b.value().score(r.getSection(), r.getGwrp()))
          .collect().stream().mapToDouble(Double::doubleValue).toArray();
      DecisionThreshold t = new GammaThreshold(s.thresholdQuantile()).fit(scores);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("kind", "gmm");
      json.put("machine", machine);
      json.put("profile", s.profile());
      json.put("seed", s.seed());
      json.put("components", k);
      json.put("regularization", reg);
      json.put("feature", "gwrp");
      // what scoring checks the features against (the same keys as the features manifest)
      json.put(LOG_MEL, Map.of("sample_rate", table.logMel().sampleRate(),
          "n_fft", table.logMel().nFft(), "hop_length", table.logMel().hopLength(),
          "n_mels", table.logMel().nMels(), "clip_samples", table.logMel().clipSamples()));
      json.put("gwrp_decay", org.auscult.features.dsp.GlobalWeightedRankPooling.decayFor(
          org.auscult.features.dataset.MachineType.parse(machine)));
      json.put("sections", sectionInfo);
      json.put("threshold", Map.of("value", t.value(), "method", t.method().toString()));
      folder.writeText(MODEL_JSON, JSON.writeValueAsString(json));
      folder.complete();
      double seconds = progress.done(scores.length, "clips");
      return new NetworkTraining.Result("gmm " + machine, folder.path(), 0, Double.NaN,
          Double.NaN, t.value(), seconds);
    } finally {
      rows.unpersist();
    }
  }

  /** Loads a machine type's GMM from its complete model folder. */
  @SuppressWarnings("unchecked")
  public static Model load(Configuration conf, String dir) throws IOException {
    org.auscult.jobs.io.StageOutput.requireComplete(conf, dir, "gmm model");
    Path p = new Path(dir);
    FileSystem fs = p.getFileSystem(conf);
    Map<String, Object> json;
    try (InputStream in = fs.open(new Path(p, MODEL_JSON))) {
      json = JSON.readValue(in, Map.class);
    }
    double reg = ((Number) json.get("regularization")).doubleValue();
    Map<String, List<MultivariateGaussian>> sections = new LinkedHashMap<>();
    Map<String, Object> info = (Map<String, Object>) json.get("sections");
    for (var e : info.entrySet()) {
      Map<String, Object> si = (Map<String, Object>) e.getValue();
      List<MultivariateGaussian> comps = new ArrayList<>();
      if (si.containsKey("mllib_model")) {
        GaussianMixtureModel m = GaussianMixtureModel.load(new Path(p,
            (String) si.get("mllib_model")).toString());
        for (MultivariateGaussian g : m.gaussians()) {
          comps.add(regularized(g.mean(), g.cov(), reg));
        }
      } else {
        Map<String, Object> g;
        try (InputStream in = fs.open(new Path(p, (String) si.get("gaussian")))) {
          g = JSON.readValue(in, Map.class);
        }
        int d = ((Number) g.get("dimension")).intValue();
        double[] mean = toDoubles((List<Number>) g.get("mean"));
        double[] cov = toDoubles((List<Number>) g.get("covariance"));
        comps.add(regularized(new DenseVector(mean), new DenseMatrix(d, d, cov), reg));
      }
      sections.put(e.getKey(), comps);
    }
    Map<String, Object> t = (Map<String, Object>) json.get("threshold");
    LogMelParameters logMel = null;
    if (json.get(LOG_MEL) instanceof Map<?, ?> lm) {
      logMel = new LogMelParameters(intOf(lm, "sample_rate"), intOf(lm, "n_fft"),
          intOf(lm, "hop_length"), intOf(lm, "n_mels"), intOf(lm, "clip_samples"));
    }
    return new Model((String) json.get("machine"), ((Number) json.get("components")).intValue(),
        reg, sections, ((Number) t.get("value")).doubleValue(), (String) t.get("method"),
        logMel);
  }

  private static int intOf(Map<?, ?> m, String key) {
    return ((Number) m.get(key)).intValue();
  }

  private static double[] toDoubles(List<Number> xs) {
    double[] out = new double[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xs.get(i).doubleValue();
    }
    return out;
  }

  /** The same Gaussian with {@code reg} × its mean variance added to the diagonal. */
  static MultivariateGaussian regularized(Vector mean, Matrix cov, double reg) {
    int d = mean.size();
    double[] a = cov.toArray().clone();
    double trace = 0;
    for (int i = 0; i < d; i++) {
      trace += a[i * d + i];
    }
    double add = reg * Math.max(trace / d, 1e-12);
    for (int i = 0; i < d; i++) {
      a[i * d + i] += add;
    }
    return new MultivariateGaussian(mean, new DenseMatrix(d, d, a));
  }

  /** Maximum-likelihood mean and covariance (divided by n, as EM's M-step does). */
  private static MultivariateGaussian singleGaussian(Dataset<Row> vectors) {
    List<Row> rows = vectors.collectAsList();
    int n = rows.size();
    int d = ((Vector) rows.get(0).get(0)).size();
    double[] mean = new double[d];
    for (Row r : rows) {
      double[] x = ((Vector) r.get(0)).toArray();
      for (int i = 0; i < d; i++) {
        mean[i] += x[i] / n;
      }
    }
    double[] cov = new double[d * d];
    for (Row r : rows) {
      double[] x = ((Vector) r.get(0)).toArray();
      for (int i = 0; i < d; i++) {
        double di = x[i] - mean[i];
        for (int j = 0; j < d; j++) {
          cov[i * d + j] += di * (x[j] - mean[j]) / n;
        }
      }
    }
    return new MultivariateGaussian(new DenseVector(mean), new DenseMatrix(d, d, cov));
  }
}
