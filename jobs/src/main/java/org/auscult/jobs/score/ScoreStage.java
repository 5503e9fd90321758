package org.auscult.jobs.score;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.ScoreSetDiscovery;
import org.auscult.evaluation.scores.ScoreFileWriter;
import org.auscult.features.dataset.MachineType;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.jobs.io.OutputFileSystems;
import org.auscult.jobs.io.Provenance;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.train.ModelFolder;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.ModelKinds;
import org.auscult.training.model.ModelFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores every test clip (development and evaluation names) with every trained model, whatever
 * its kind, and writes, per kind, {@code anomaly_score_<machine>_section_<SS>_test.csv} and
 * {@code decision_result_…} exactly as the official formats say, into one atomically published
 * folder {@code <out>/<kind>/}. Each model is read once; its files travel to the tasks as one
 * broadcast and each task reads its own copy. A model folder that is incomplete or unreadable is
 * skipped with its reason, and the rest are scored.
 */
public final class ScoreStage {
  /** The list of skipped model folders and why, in the output folder. */
  public static final String SKIPPED_FILE = "skipped_models.txt";

  private static final Logger LOG = LoggerFactory.getLogger(ScoreStage.class);

  private ScoreStage() {}

  /**
   * What was scored: clips per model kind, and the model folders skipped with the reason.
   */
  public record Report(String out, Map<String, Long> clipsPerKind, Map<String, String> skipped,
      double seconds) {}

  /** One clip's score. */
  private record Scored(String machine, String section, String fileName, double score)
      implements Serializable {}

  /** Runs the stage for {@code kinds} (every kind folder under {@code models} when empty). */
  public static Report run(SparkSession spark, String models, String features, String out,
      List<String> kinds) throws IOException {
    Progress progress = Progress.start(LOG, "score " + models);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    FeaturesTable table = FeaturesTable.open(spark, features);
    List<String> chosen = kinds.isEmpty() ? kindsUnder(conf, models) : kinds;
    if (chosen.isEmpty()) {
      throw StageFolderException.wrongFolder("--models " + models
          + " holds no model kind folder (" + String.join(", ", ModelKinds.names()) + ")");
    }
    List<String> machines = table.clips().where("split = 'test'").select("machine").distinct()
        .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    Map<String, String> skipped = new TreeMap<>();
    List<Map.Entry<ModelKind, List<ModelFolder.Loaded>>> loaded = new ArrayList<>();
    for (String name : chosen) {
      ModelKind kind = ModelKinds.named(name);
      loaded.add(Map.entry(kind, load(conf, models, kind, table, skipped)));
    }
    if (loaded.stream().allMatch(e -> e.getValue().isEmpty())) {
      throw StageFolderException.wrongFolder("--models " + models + " holds no complete model of "
          + chosen + ": " + skipped);
    }
    StageOutput output = StageOutput.begin(conf, out, "score");
    try {
      Map<String, Long> counts = new LinkedHashMap<>();
      FileSystem fs = OutputFileSystems.of(new Path(output.staging()), conf);
      for (var e : loaded) {
        ModelKind kind = e.getKey();
        if (e.getValue().isEmpty()) {
          LOG.warn("score {}: every model was skipped; no scores of this kind", kind.name());
          continue;
        }
        Path kindOut = new Path(output.staging(), kind.name());
        fs.mkdirs(kindOut);
        long n = 0;
        long unscored = 0;
        List<String> covered = new ArrayList<>();
        for (ModelFolder.Loaded model : e.getValue()) {
          List<String> its = machines.stream().filter(model.manifest()::covers).toList();
          if (its.isEmpty()) {
            continue;
          }
          List<Scored> scored = score(spark, table, kind, model, its);
          List<Scored> valid = scored.stream().filter(c -> !Double.isNaN(c.score())).toList();
          unscored += scored.size() - valid.size();
          n += write(fs, kindOut, valid, model.manifest().threshold().value());
          covered.addAll(its);
        }
        List<String> without = machines.stream().filter(m -> !covered.contains(m)).toList();
        if (!without.isEmpty()) {
          LOG.warn("score {}: no model for {}; their clips are not scored", kind.name(), without);
        }
        if (unscored > 0) {
          LOG.warn("score {}: {} clips of sections its models have no score for are left out",
              kind.name(), unscored);
        }
        writeNotes(fs, kindOut, kind, table, features, unscored);
        counts.put(kind.name(), n);
        LOG.info("score {}: {} clips of {} machine types", kind.name(), n, covered.size());
      }
      if (!skipped.isEmpty()) {
        StringBuilder text = new StringBuilder();
        skipped.forEach((folder, why) -> text.append(folder).append(": ").append(why)
            .append('\n'));
        writeText(fs, new Path(output.staging(), SKIPPED_FILE), text.toString());
      }
      Map<String, Object> manifest = new LinkedHashMap<>(Provenance.common("score", spark));
      manifest.put("models", models);
      manifest.put("features", features);
      manifest.put("features_counts", Map.of("clips_written", table.clipsWritten(),
          "bad", table.badClips()));
      manifest.put("clips", counts);
      manifest.put("skipped_models", skipped);
      manifest.put("seconds", progress.seconds());
      output.commit(manifest);
      progress.done(counts.values().stream().mapToLong(Long::longValue).sum(), "scores");
      return new Report(output.target(), counts, skipped, progress.seconds());
    } catch (Exception | Error e) {
      // also SparkException (a failed task), which Scala throws although Java calls it checked
      output.abort();
      throw e;
    }
  }

  /** The registered kinds with a folder under {@code models}. */
  private static List<String> kindsUnder(Configuration conf, String models) throws IOException {
    Path root = new Path(models);
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root)) {
      throw StageFolderException.wrongFolder("--models " + models + " does not exist");
    }
    List<String> kinds = new ArrayList<>();
    for (String k : ModelKinds.names()) {
      if (fs.exists(new Path(root, k))) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  /**
   * Every model of {@code kind} under {@code models}, read once and checked against the
   * features; a folder that cannot be used goes to {@code skipped} with the reason.
   */
  private static List<ModelFolder.Loaded> load(Configuration conf, String models, ModelKind kind,
      FeaturesTable table, Map<String, String> skipped) throws IOException {
    Path root = new Path(models, kind.name());
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root)) {
      throw StageFolderException.wrongFolder("--models " + models + " has no " + kind.name()
          + " models (no folder " + root + ")");
    }
    List<ModelFolder.Loaded> out = new ArrayList<>();
    for (FileStatus st : fs.listStatus(root)) {
      if (!st.isDirectory()) {
        continue;
      }
      String dir = new Path(root, st.getPath().getName()).toString();
      ModelFolder.Loaded model;
      try {
        model = ModelFolder.read(conf, dir);
        model.manifest().requireKind(kind.name(), dir);
        kind.read(model.files()); // fails here, once, rather than in every task
      } catch (IOException | RuntimeException e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        LOG.warn("score {}: skipping {}: {}", kind.name(), dir, why);
        skipped.put(dir, why);
        continue;
      }
      List<String> diffs = model.manifest().logMel().differences(table.logMel());
      if (!diffs.isEmpty()) {
        throw StageFolderException.wrongFolder("the " + kind.name() + " model " + dir
            + " does not fit the features " + table.folder() + ": " + String.join("; ", diffs)
            + " (make features with the model's parameters, or retrain the model on these)");
      }
      out.add(model);
    }
    out.sort(Comparator.comparing(ModelFolder.Loaded::folder));
    return out;
  }

  private static List<Scored> score(SparkSession spark, FeaturesTable table, ModelKind kind,
      ModelFolder.Loaded model, List<String> machines) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ModelFiles> files = sc.broadcast(model.files());
    String name = kind.name();
    String in = String.join(",", machines.stream().map(m -> "'" + m + "'").toList());
    try {
      return table.clips("split = 'test' AND machine IN (" + in + ")", kind.scoringColumns())
          .mapPartitions(it -> {
            List<Scored> out = new ArrayList<>();
            if (it.hasNext()) {
              ClipScorer scorer = ModelKinds.named(name).read(files.value()).scorer();
              while (it.hasNext()) {
                var c = it.next();
                out.add(new Scored(c.machine(), c.section(), c.fileName(), scorer.score(c)));
              }
            }
            return out.iterator();
          }).collect();
    } finally {
      files.destroy();
    }
  }

  /** Writes score and decision files, a pair per machine type and section. */
  private static long write(FileSystem fs, Path dir, List<Scored> scored, double threshold)
      throws IOException {
    Map<String, List<Scored>> bySection = new TreeMap<>();
    for (Scored c : scored) {
      bySection.computeIfAbsent(c.machine() + "\t" + c.section(), k -> new ArrayList<>()).add(c);
    }
    for (List<Scored> clips : bySection.values()) {
      List<Scored> sorted = new ArrayList<>(clips);
      sorted.sort(Comparator.comparing(Scored::fileName));
      List<String> names = sorted.stream().map(Scored::fileName).toList();
      double[] scores = sorted.stream().mapToDouble(Scored::score).toArray();
      boolean[] decisions = new boolean[scores.length];
      for (int i = 0; i < scores.length; i++) {
        decisions[i] = scores[i] > threshold;
      }
      MachineType m = MachineType.parse(sorted.get(0).machine());
      int section = Integer.parseInt(sorted.get(0).section());
      ScoreFileWriter.writeAnomalyScores(fs, dir, m, section, names, scores);
      ScoreFileWriter.writeDecisions(fs, dir, m, section, names, decisions);
    }
    return scored.size();
  }

  private static void writeNotes(FileSystem fs, Path kindOut, ModelKind kind, FeaturesTable table,
      String features, long unscored) throws IOException {
    List<String> notes = new ArrayList<>();
    if (kind.note() != null) {
      notes.add(kind.note());
    }
    if (table.badClips() > 0) {
      // the evaluation report shows the note beside the system: its score leaves these out
      notes.add(table.badClips() + " bad clips or files of the data set are not scored "
          + "(listed in " + features + "/" + FeatureStage.ERRORS + ")");
    }
    if (unscored > 0) {
      notes.add(unscored + " test clips of sections without a model are not scored");
    }
    if (!notes.isEmpty()) {
      writeText(fs, new Path(kindOut, ScoreSetDiscovery.NOTE_FILE), String.join("; ", notes)
          + "\n");
    }
  }

  private static void writeText(FileSystem fs, Path p, String text) throws IOException {
    try (OutputStream out = fs.create(p, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
