package org.auscult.jobs.score;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.ScoreSetDiscovery;
import org.auscult.evaluation.scores.ScoreFileWriter;
import org.auscult.features.dataset.MachineType;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.features.FeatureRow;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.jobs.io.OutputFileSystems;
import org.auscult.jobs.io.Provenance;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.train.BundleBytes;
import org.auscult.jobs.train.ClassKeys;
import org.auscult.jobs.train.ClipScoring;
import org.auscult.jobs.train.GmmTraining;
import org.auscult.jobs.train.ModelChoice;
import org.auscult.jobs.train.ModelFolder;
import org.auscult.jobs.train.ScoredClip;
import org.auscult.jobs.train.SupervisedReference;
import org.auscult.training.model.ModelBundle;
import org.auscult.training.model.ModelBundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores every test clip (development and evaluation names) with each trained model kind and
 * writes, per kind, {@code anomaly_score_<machine>_section_<SS>_test.csv} and
 * {@code decision_result_…} exactly as the official formats say, into one atomically published
 * folder {@code <out>/<kind>/}.
 */
public final class ScoreStage {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreStage.class);

  private ScoreStage() {}

  /** What was scored: clips per model kind. */
  public record Report(String out, Map<String, Long> clipsPerKind, double seconds) {}

  /** Runs the stage for {@code kinds} (every kind under {@code models} when empty). */
  public static Report run(SparkSession spark, String models, String features, String out,
      List<ModelChoice> kinds) throws IOException {
    Progress progress = Progress.start(LOG, "score " + models);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    FeaturesTable table = FeaturesTable.open(spark, features);
    List<ModelChoice> chosen = kinds.isEmpty() ? kindsUnder(conf, models) : kinds;
    if (chosen.isEmpty()) {
      throw StageFolderException.wrongFolder("--models " + models
          + " holds no model kind folder (ae, classifier,"
          + " embedding, gmm, supervised)");
    }
    List<String> machines = table.clips().where("split = 'test'").select("machine").distinct()
        .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    StageOutput output = StageOutput.begin(conf, out, "score");
    try {
      Map<String, Long> counts = new LinkedHashMap<>();
      FileSystem fs = OutputFileSystems.of(new Path(output.staging()), conf);
      for (ModelChoice kind : chosen) {
        Path kindOut = new Path(output.staging(), kind.token());
        fs.mkdirs(kindOut);
        long n = 0;
        List<String> without = new ArrayList<>();
        for (String machine : machines) {
          if (!hasModel(conf, models, kind, machine)) {
            without.add(machine);
            continue;
          }
          List<ScoredClip> scored = scoreMachine(spark, table, models, kind, machine);
          Threshold t = threshold(conf, models, kind, machine);
          n += write(fs, kindOut, machine, scored, t);
        }
        if (without.size() == machines.size()) {
          throw StageFolderException.wrongFolder("--models " + models + " has no " + kind
              + " model for any of "
              + machines);
        }
        if (!without.isEmpty()) {
          LOG.warn("score {}: no model for {}; their clips are not scored", kind, without);
        }
        List<String> notes = new ArrayList<>();
        if (kind == ModelChoice.SUPERVISED) {
          notes.add(SupervisedReference.NOTE);
        }
        if (table.badClips() > 0) {
          // the evaluation report shows the note beside the system: its score leaves these out
          notes.add(table.badClips() + " bad clips or files of the data set are not scored "
              + "(listed in " + features + "/" + FeatureStage.ERRORS + ")");
        }
        if (!notes.isEmpty()) {
          writeText(fs, new Path(kindOut, ScoreSetDiscovery.NOTE_FILE),
              String.join("; ", notes) + "\n");
        }
        counts.put(kind.token(), n);
        LOG.info("score {}: {} clips of {} machine types", kind, n, machines.size() - without.size());
      }
      Map<String, Object> manifest = new LinkedHashMap<>(Provenance.common("score", spark));
      manifest.put("models", models);
      manifest.put("features", features);
      manifest.put("features_counts", Map.of("clips_written", table.clipsWritten(),
          "bad", table.badClips()));
      manifest.put("clips", counts);
      manifest.put("seconds", progress.seconds());
      output.commit(manifest);
      progress.done(counts.values().stream().mapToLong(Long::longValue).sum(), "scores");
      return new Report(output.target(), counts, progress.seconds());
    } catch (Exception | Error e) {
      // also SparkException (a failed task), which Scala throws although Java calls it checked
      output.abort();
      throw e;
    }
  }

  private static List<ModelChoice> kindsUnder(Configuration conf, String models)
      throws IOException {
    Path root = new Path(models);
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root)) {
      throw StageFolderException.wrongFolder("--models " + models + " does not exist");
    }
    List<ModelChoice> kinds = new ArrayList<>();
    for (ModelChoice k : ModelChoice.values()) {
      if (fs.exists(new Path(root, k.token()))) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  private static boolean hasModel(Configuration conf, String models, ModelChoice kind,
      String machine) throws IOException {
    String dir = switch (kind) {
      case AE, CLASSIFIER, EMBEDDING -> modelDir(conf, models, kind, machine);
      default -> models + "/" + kind.token() + "/" + machine;
    };
    Path p = new Path(dir);
    return p.getFileSystem(conf).exists(p);
  }

  /** A machine type's decision threshold for a kind. */
  private record Threshold(double value, String method) {}

  private static List<ScoredClip> scoreMachine(SparkSession spark, FeaturesTable table,
      String models, ModelChoice kind, String machine) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<FeatureRow> tests = table.rows("split = 'test' AND machine = '" + machine + "'");
    switch (kind) {
      case GMM -> {
        String dir = models + "/gmm/" + machine;
        GmmTraining.Model model = GmmTraining.load(conf, dir);
        model.requireCompatible(table.logMel(), dir, table.folder());
        Broadcast<GmmTraining.Model> b = sc.broadcast(model);
        List<ScoredClip> out = tests.javaRDD().map(r -> new ScoredClip(r.getMachine(),
            r.getSection(), r.getFileName(), r.getDomain(), r.getSplit(),
            b.value().score(r.getSection(), r.getGwrp()))).collect();
        b.destroy();
        return out;
      }
      case SUPERVISED -> {
        String dir = models + "/supervised/" + machine;
        StageOutput.requireComplete(conf, dir, "supervised model");
        List<ScoredClip> out = new ArrayList<>();
        for (Row r : spark.read().parquet(dir + "/" + SupervisedReference.OOF_SCORES)
            .collectAsList()) {
          out.add(new ScoredClip(machine, r.getString(1), r.getString(0), r.getString(2), "test",
              r.getDouble(3)));
        }
        return out;
      }
      default -> {
        String dir = modelDir(conf, models, kind, machine);
        ModelBundle bundle = ModelFolder.loadBundle(conf, dir);
        try {
          bundle.requireCompatible(table.featureParameters(
              bundle.manifest().features().contextHop(), bundle.manifest().features().patchHop()));
        } catch (ModelBundleException e) {
          throw StageFolderException.wrongFolder("the " + kind + " model " + dir + " does not fit "
              + "the features " + table.folder() + ": " + e.getMessage() + " (make features with "
              + "the model's parameters, or retrain the model on these)", e);
        }
        Broadcast<BundleBytes> b = sc.broadcast(BundleBytes.of(bundle, dir));
        List<ScoredClip> out = ClipScoring.score(tests, b).collect();
        b.destroy();
        return out;
      }
    }
  }

  /** The model folder of {@code machine}: its own, or the all-machines classifier's. */
  private static String modelDir(Configuration conf, String models, ModelChoice kind,
      String machine) throws IOException {
    String own = models + "/" + kind.token() + "/" + machine;
    String all = models + "/" + kind.token() + "/" + ClassKeys.modelName(true, null);
    FileSystem fs = new Path(own).getFileSystem(conf);
    if (!fs.exists(new Path(own)) && fs.exists(new Path(all))) {
      return all;
    }
    return own;
  }

  private static Threshold threshold(Configuration conf, String models, ModelChoice kind,
      String machine) throws IOException {
    return switch (kind) {
      case GMM -> {
        GmmTraining.Model m = GmmTraining.load(conf, models + "/gmm/" + machine);
        yield new Threshold(m.threshold(), m.thresholdMethod());
      }
      case SUPERVISED -> new Threshold(0.5, "probability 0.5");
      default -> {
        var t = ModelFolder.loadBundle(conf, modelDir(conf, models, kind, machine)).manifest()
            .threshold();
        if (t == null) {
          throw new IOException("the " + kind + " model of " + machine + " has no decision "
              + "threshold; retrain it");
        }
        yield new Threshold(t.value(), t.method());
      }
    };
  }

  /** Writes one machine type's score and decision files, a pair per section. */
  private static long write(FileSystem fs, Path dir, String machine, List<ScoredClip> scored,
      Threshold t) throws IOException {
    Map<String, List<ScoredClip>> bySection = new TreeMap<>();
    for (ScoredClip c : scored) {
      if ("test".equals(c.split())) {
        bySection.computeIfAbsent(c.section(), k -> new ArrayList<>()).add(c);
      }
    }
    MachineType m = MachineType.parse(machine);
    for (var e : bySection.entrySet()) {
      List<ScoredClip> clips = e.getValue();
      clips.sort(Comparator.comparing(ScoredClip::fileName));
      List<String> names = clips.stream().map(ScoredClip::fileName).toList();
      double[] scores = clips.stream().mapToDouble(ScoredClip::score).toArray();
      boolean[] decisions = new boolean[scores.length];
      for (int i = 0; i < scores.length; i++) {
        decisions[i] = scores[i] > t.value();
      }
      int section = Integer.parseInt(e.getKey());
      ScoreFileWriter.writeAnomalyScores(fs, dir, m, section, names, scores);
      ScoreFileWriter.writeDecisions(fs, dir, m, section, names, decisions);
    }
    return scored.size();
  }

  private static void writeText(FileSystem fs, Path p, String text) throws IOException {
    try (OutputStream out = fs.create(p, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
