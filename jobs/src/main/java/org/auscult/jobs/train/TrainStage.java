package org.auscult.jobs.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.jobs.io.OutputFileSystems;
import org.auscult.jobs.io.Provenance;
import org.auscult.jobs.io.StageOutput;
import org.auscult.training.engine.EpochRecord;
import org.auscult.training.engine.TrainingHistory;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kind.TrainingScope;
import org.auscult.training.model.ModelFiles;
import org.auscult.training.model.ModelManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The train stage, for any model kind: its trainer fits one model per machine type (or one for
 * all of them) on Spark, each written to its folder {@code <out>/<kind>/<machine or all>/} with
 * its manifest and, for a network, its epoch history; a run manifest goes to {@code <out>/<kind>/}.
 */
public final class TrainStage {
  /** The train run's record in {@code <out>/<kind>/}. */
  public static final String MANIFEST = "_TRAIN_MANIFEST.json";
  /** The folder of a model for every machine type. */
  public static final String ALL_MACHINES = "all";

  private static final Logger LOG = LoggerFactory.getLogger(TrainStage.class);

  private TrainStage() {}

  /** What one model's fit produced. */
  public record Result(String name, String folder, int epochs, double trainLoss,
      double validationLoss, double threshold, double seconds) {}

  /** Trains the kind on every selected machine type; returns one result per model folder. */
  public static List<Result> run(SparkSession spark, TrainSettings s) throws IOException {
    return runAll(spark, List.of(s)).get(0);
  }

  /**
   * Trains several kinds on the same machine: their fits share the cores as
   * {@link FitConcurrency} plans for all their models together (the demo's networks each leave
   * a core idle). The runs must agree on the engine and on how fits share the cores, and each
   * kind may come once. Every model folder is checked before any fit starts. Returns each
   * kind's results, in the order given.
   */
  public static List<List<Result>> runAll(SparkSession spark, List<TrainSettings> runs)
      throws IOException {
    checkRuns(runs);
    List<KindRun> kinds = new ArrayList<>();
    for (TrainSettings s : runs) {
      kinds.add(KindRun.plan(spark, s));
    }
    for (KindRun k : kinds) {
      for (ModelFolder folder : k.folders()) {
        folder.check(k.settings().resume(), k.settings().overwrite());
      }
    }
    for (KindRun k : kinds) {
      for (ModelFolder folder : k.folders()) {
        folder.prepare(k.settings().resume(), k.settings().overwrite());
      }
    }
    int models = kinds.stream().mapToInt(k -> k.groups().size()).sum();
    FitConcurrency plan = runs.get(0).concurrency(models);
    String names = String.join(", ", kinds.stream().map(k -> k.settings().kind().name())
        .toList());
    if (runs.get(0).engine().equals("local")) {
      LOG.info("train {}: {} model(s), {} at a time, {} native thread(s) each", names, models,
          plan.fits(), plan.threadsPerFit());
    }
    List<ConcurrentFits.Fit<Result>> fits = new ArrayList<>();
    for (KindRun k : kinds) {
      fits.addAll(k.fits(spark, plan.threadsPerFit()));
    }
    List<Result> all = ConcurrentFits.run(fits, plan.fits());
    List<List<Result>> byKind = new ArrayList<>();
    int from = 0;
    for (KindRun k : kinds) {
      List<Result> results = all.subList(from, from + k.groups().size());
      from += k.groups().size();
      k.finish(spark, results, plan);
      byKind.add(List.copyOf(results));
    }
    return byKind;
  }

  private static void checkRuns(List<TrainSettings> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no train runs");
    }
    TrainSettings first = runs.get(0);
    Set<String> kinds = new HashSet<>();
    for (TrainSettings s : runs) {
      if (!kinds.add(s.kind().name() + " in " + s.out())) {
        throw new IllegalArgumentException("model kind " + s.kind().name() + " listed twice");
      }
      if (!s.engine().equals(first.engine()) || s.localThreads() != first.localThreads()
          || s.concurrentFits() != first.concurrentFits()) {
        throw new IllegalArgumentException("train runs trained together must share the engine, "
            + "local-threads and concurrent-fits; " + s.kind().name() + " has " + s.engine()
            + ", " + s.localThreads() + ", " + s.concurrentFits() + " against "
            + first.engine() + ", " + first.localThreads() + ", " + first.concurrentFits());
      }
    }
  }

  /** One kind's run: its models (one per group of machine types) and where they go. */
  private record KindRun(TrainSettings settings, FeaturesTable table, String kindDir,
      List<List<String>> groups, List<ModelFolder> folders, double planSeconds, FitSpan span) {

    static KindRun plan(SparkSession spark, TrainSettings s) throws IOException {
      long start = System.nanoTime();
      FeaturesTable table = FeaturesTable.open(spark, s.features());
      List<String> present = table.clips().select("machine").distinct().collectAsList().stream()
          .map(r -> r.getString(0)).sorted().toList();
      List<String> machines = present.stream()
          .filter(m -> s.machines().isEmpty() || s.machines().contains(m)).toList();
      if (machines.isEmpty()) {
        throw StageFolderException.wrongFolder("features folder " + s.features() + " has none "
            + "of the machine types " + s.machines() + " (it has " + present + ")");
      }
      String kindDir = new Path(s.out(), s.kind().name()).toString();
      boolean perMachine = s.trainer().scope() == TrainingScope.PER_MACHINE;
      List<List<String>> groups = perMachine ? machines.stream().map(List::of).toList()
          : List.of(machines);
      List<ModelFolder> folders = new ArrayList<>();
      for (List<String> group : groups) {
        String folderName = perMachine ? group.get(0) : ALL_MACHINES;
        folders.add(ModelFolder.at(spark.sparkContext().hadoopConfiguration(),
            kindDir + "/" + folderName));
      }
      return new KindRun(s, table, kindDir, groups, folders, (System.nanoTime() - start) / 1e9,
          new FitSpan());
    }

    List<ConcurrentFits.Fit<Result>> fits(SparkSession spark, int threads) {
      List<ConcurrentFits.Fit<Result>> fits = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        List<String> group = groups.get(i);
        ModelFolder folder = folders.get(i);
        String name = settings.kind().name() + " " + new Path(folder.path()).getName();
        fits.add(() -> {
          span.started();
          try {
            return fit(spark, settings, table, group, name, folder, threads);
          } finally {
            span.ended();
          }
        });
      }
      return fits;
    }

    void finish(SparkSession spark, List<Result> results, FitConcurrency plan)
        throws IOException {
      writeManifest(spark, settings, kindDir, results, planSeconds + span.seconds(), table, plan);
      for (Result r : results) {
        String secs = String.format("%.1f", r.seconds());
        if (r.epochs() == 0) {
          // fitted, not trained in epochs: no loss to report
          LOG.info("trained {}: threshold {} ({} s) -> {}", r.name(), r.threshold(), secs,
              r.folder());
        } else {
          LOG.info("trained {}: {} epochs, loss {}, validation loss {}, threshold {} ({} s) -> {}",
              r.name(), r.epochs(), r.trainLoss(), r.validationLoss(), r.threshold(), secs,
              r.folder());
        }
      }
    }
  }

  /** A kind's wall time: from its first fit's start to its last fit's end, beside others or not. */
  private static final class FitSpan {
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    synchronized void started() {
      first = Math.min(first, System.nanoTime());
    }

    synchronized void ended() {
      last = Math.max(last, System.nanoTime());
    }

    synchronized double seconds() {
      return last < first ? 0 : (last - first) / 1e9;
    }
  }

  private static Result fit(SparkSession spark, TrainSettings s, FeaturesTable table,
      List<String> machines, String name, ModelFolder folder, int threads) throws IOException {
    Progress progress = Progress.start(LOG, "train " + name);
    Trainer trainer = s.trainer();
    try (SparkFitContext context = new SparkFitContext(spark, "train " + name, machines, s, table,
        folder, threads)) {
      if (context.clips().keys().isEmpty()) {
        throw new IllegalStateException("no " + trainer.query().selection().toString()
            .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " clips of " + machines
            + " in " + table.folder());
      }
      Fitted fitted = trainer.fit(context);
      ModelFiles.Builder files = new ModelFiles.Builder();
      fitted.model().write(files);
      ModelFiles written = files.build(folder.path());
      ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT_VERSION, s.kind().name(),
          machines, s.common().profile(), s.common().seed(), table.logMel(), trainer.settings(),
          context.clips().fingerprint(), fitted.epochs(), fitted.threshold(), written.names());
      folder.writeModel(manifest, written);
      List<EpochRecord> history = fitted.history();
      if (!history.isEmpty()) {
        folder.writeBytes(TrainingHistory.JSON, TrainingHistory.json(s.kind().name(), name,
            s.engine(), s.common().profile(), history));
        folder.writeBytes(TrainingHistory.PNG, TrainingHistory.lossCurve(name + " (" + s.engine()
            + ")", history));
      }
      folder.complete();
      double seconds = progress.done(context.clips().keys().size(), "clips");
      EpochRecord last = history.isEmpty() ? null : history.get(history.size() - 1);
      return new Result(name, folder.path(), fitted.epochs(),
          last == null ? Double.NaN : last.trainLoss(),
          last == null ? Double.NaN : last.validationLoss(), fitted.threshold().value(), seconds);
    }
  }

  private static void writeManifest(SparkSession spark, TrainSettings s, String kindDir,
      List<Result> results, double seconds, FeaturesTable table, FitConcurrency plan)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>(Provenance.common("train", spark));
    m.put("model", s.kind().name());
    m.put("profile", s.common().profile());
    m.put("engine", s.engine());
    if (s.engine().equals("local")) {
      // a network's bits depend on its native threads (summation order), not on its neighbours
      m.put("fits_at_once", plan.fits());
      m.put("native_threads_per_fit", plan.threadsPerFit());
    }
    m.put("seed", s.common().seed());
    m.put("features", s.features());
    m.put("features_manifest", table.input());
    m.put("settings", s.trainer().settings());
    m.put("models", results);
    m.put("seconds", seconds);
    Path p = new Path(kindDir, MANIFEST);
    FileSystem fs = OutputFileSystems.of(p, spark.sparkContext().hadoopConfiguration());
    try (OutputStream out = fs.create(p, true)) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, m);
    }
  }
}
