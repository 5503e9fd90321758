package org.auscult.jobs.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.auscult.evaluation.report.LossCurveChart;
import org.auscult.evaluation.threshold.DecisionThreshold;
import org.auscult.evaluation.threshold.GammaThreshold;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.cli.StageFailedException;
import org.auscult.jobs.features.FeatureRow;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.training.inputs.ClipSplit;
import org.auscult.training.inputs.DataFingerprint;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.inputs.TrainingClip;
import org.auscult.training.local.AutoencoderRecipe;
import org.auscult.training.local.ClassifierRecipe;
import org.auscult.training.local.EmbeddingRecipe;
import org.auscult.training.local.LocalTrainer;
import org.auscult.training.local.ModelRecipe;
import org.auscult.training.local.TrainedModel;
import org.auscult.training.local.TrainerSettings;
import org.auscult.training.model.BundleManifest;
import org.auscult.training.model.ModelBundle;
import org.auscult.training.model.ReferenceSet;
import org.auscult.training.model.SavedThreshold;
import org.auscult.training.nets.AutoencoderSettings;
import org.auscult.training.nets.ClassifierSettings;
import org.auscult.training.nets.EmbeddingSettings;
import org.auscult.training.scoring.EmbeddingScorer;
import org.auscult.training.scoring.ReferenceSetFitter;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.deeplearning4j.spark.stats.StatsUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one DL4J network (the autoencoder, the section classifier or the triplet embedding) for
 * one machine type, or for all of them, and writes its model folder: the same factories and inputs
 * for the {@code spark} engine (pre-batched minibatch files, parameter averaging) and the
 * {@code local} one (a single JVM). Only normal training clips reach the inputs.
 */
public final class NetworkTraining {
  private static final Logger LOG = LoggerFactory.getLogger(NetworkTraining.class);
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final SparkSession spark;
  private final JavaSparkContext sc;
  private final TrainSettings s;
  private final FeaturesTable table;

  /** dl4j-spark's statistics default to an NTP clock (pool.ntp.org); use the system clock. */
  private static final String TIME_SOURCE = "org.deeplearning4j.spark.time.TimeSource";

  static {
    if (System.getProperty(TIME_SOURCE) == null) {
      System.setProperty(TIME_SOURCE, "org.deeplearning4j.spark.time.SystemClockTimeSource");
    }
  }

  public NetworkTraining(SparkSession spark, TrainSettings settings, FeaturesTable table) {
    this.spark = spark;
    this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.s = settings;
    this.table = table;
  }

  /** What one trained network's run produced. */
  public record Result(String name, String folder, int epochs, double trainLoss,
      double validationLoss, double threshold, double seconds) {}

  /**
   * Trains the network for {@code machines} (one machine type, or all for the all-machines
   * classifier) into {@code folder}.
   */
  public Result train(String name, List<String> machines, ModelFolder folder) throws IOException {
    Progress progress = Progress.start(LOG, "train " + name);
    folder.prepare(s.resume(), s.overwrite());
    boolean allMachines = s.model() == ModelChoice.CLASSIFIER
        && s.network().scope().equals("all");
    String where = "split = 'train' AND label = 'normal' AND machine IN ("
        + String.join(",", machines.stream().map(m -> "'" + m + "'").toList()) + ")";
    Dataset<FeatureRow> rows = table.rows(where);

    List<String> classes = classes(rows, allMachines);
    FeatureParameters features = featureParameters();
    ModelRecipe recipe = recipe(features, classes.size());
    Map<String, Integer> classIndex = new HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      classIndex.put(classes.get(i), i);
    }
    ModelChoice model = s.model();
    JavaRDD<TrainingClip> clips = rows.javaRDD()
        .map(r -> new TrainingClip(clipId(r), r.getLogmel(), r.getNMels(),
            model == ModelChoice.AE ? 0 : classIndex.get(classKey(model, allMachines, r))))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      List<String> ids = clips.map(TrainingClip::clipId).collect();
      if (ids.isEmpty()) {
        throw new IllegalStateException("no normal training clips of " + machines + " in "
            + table.folder());
      }
      String fingerprint = DataFingerprint.combine(clips.map(DataFingerprint::clipDigest).collect());
      Set<String> heldOut = ClipSplit.validationIds(ids, s.validationFraction(), s.seed());
      LOG.info("train {}: {} clips ({} for validation), {} classes", name, ids.size(),
          heldOut.size(), classes.size());

      Trained trained = s.engine().equals("local")
          ? trainLocal(name, clips, recipe, folder)
          : trainSpark(name, clips, heldOut, recipe, folder, fingerprint);

      BundleManifest manifest = BundleManifest.of(recipe.kind(),
          allMachines ? null : machines.get(0), s.profile(), s.seed(), features,
          trained.standardizer(), ModelBundle.settingsObject(recipe.networkSettings()),
          fingerprint, trained.history().size(), classes);
      ModelBundle bundle = new ModelBundle(manifest, trained.network());
      Dataset<FeatureRow> thresholdClips = rows;
      if (s.model() == ModelChoice.EMBEDDING) {
        // A training clip is its own nearest reference (distance 0), so the references come from
        // the training split and the threshold from the held-out validation clips' scores.
        Broadcast<Set<String>> held = sc.broadcast(heldOut);
        Dataset<FeatureRow> referenceClips = heldOut.isEmpty() ? rows
            : rows.filter((org.apache.spark.api.java.function.FilterFunction<FeatureRow>)
                r -> !held.value().contains(clipId(r)));
        if (!heldOut.isEmpty()) {
          thresholdClips = rows.filter((org.apache.spark.api.java.function.FilterFunction<FeatureRow>)
              r -> held.value().contains(clipId(r)));
        }
        bundle = new ModelBundle(manifest.withReferences(references(referenceClips, bundle)),
            trained.network());
      }
      DecisionThreshold threshold = threshold(name, thresholdClips, bundle);
      bundle = new ModelBundle(bundle.manifest().withThreshold(
          new SavedThreshold(threshold.value(), threshold.method().toString())), bundle.network());
      folder.writeBundle(bundle);
      writeHistory(name, folder, trained.history());
      folder.complete();
      EpochRecord last = trained.history().get(trained.history().size() - 1);
      double seconds = progress.done(ids.size(), "clips");
      return new Result(name, folder.path(), last.epoch(), last.trainLoss(),
          last.validationLoss(), threshold.value(), seconds);
    } finally {
      clips.unpersist();
    }
  }

  /** A trained network with its input standardisation and epoch history. */
  private record Trained(Model network, Standardizer standardizer, List<EpochRecord> history) {}

  private Trained trainSpark(String name, JavaRDD<TrainingClip> clips, Set<String> heldOut,
      ModelRecipe recipe, ModelFolder folder, String fingerprint) throws IOException {
    Broadcast<Set<String>> validation = sc.broadcast(heldOut);
    JavaRDD<TrainingClip> train = clips.filter(c -> !validation.value().contains(c.clipId()));
    JavaRDD<TrainingClip> held = clips.filter(c -> validation.value().contains(c.clipId()));
    int dim = statisticsDim(recipe);
    // merged in partition order on the driver: Spark's aggregate merges in task-completion
    // order, which would change the statistics' last bits (and so the model) from run to run
    List<StatsAccumulator> parts = train.mapPartitions(it -> {
      StatsAccumulator acc = new StatsAccumulator(dim);
      while (it.hasNext()) {
        acc.merge(recipe.statistics(List.of(it.next())));
      }
      return List.of(acc).iterator();
    }).collect();
    StatsAccumulator total = new StatsAccumulator(dim);
    parts.forEach(total::merge);
    Standardizer standardizer = total.finish();

    int workers = s.spark().workers() > 0 ? s.spark().workers() : sc.defaultParallelism();
    // batch-size is the effective minibatch, as in the single-JVM trainer: each worker fits its
    // share, so one averaging round of one step each equals one step on the whole minibatch and an
    // epoch takes as many averaged steps as a single-JVM epoch takes steps
    int batch = Math.max(1, s.network().batchSize() / workers);
    String batches = folder.path(".batches");
    folder.fileSystem().delete(new Path(batches), true);
    try {
      Progress export = Progress.start(LOG, "train " + name + ": write minibatches");
      BatchFiles trainFiles = MinibatchExport.export(
          blocks(train, recipe, standardizer).repartition(workers), batches + "/train", batch,
          Math.max(batch, s.spark().shuffleBufferExamples()), s.seed());
      BatchFiles validationFiles = MinibatchExport.export(blocks(held, recipe, standardizer),
          batches + "/validation", batch, Math.max(batch, s.spark().shuffleBufferExamples()),
          s.seed() + 1);
      export.done(trainFiles.examples() + validationFiles.examples(), "examples");

      CheckpointStore checkpoints = new CheckpointStore(sc.hadoopConfiguration(),
          folder.path(ModelFolder.CHECKPOINTS));
      Model network;
      List<EpochRecord> history;
      var restored = s.resume() ? checkpoints.latest() : java.util.Optional.<CheckpointStore.Restored>empty();
      if (restored.isPresent()) {
        network = restored.get().model();
        history = restored.get().state().history();
        LOG.info("train {}: resuming after epoch {} from {}", name, history.size(),
            folder.path(ModelFolder.CHECKPOINTS));
      } else {
        network = recipe.newNetwork();
        history = List.of();
      }
      ParameterAveragingTrainingMaster master = new ParameterAveragingTrainingMaster
          .Builder(workers, batch)
          .batchSizePerWorker(batch)
          .averagingFrequency(s.spark().averagingFrequency())
          .workerPrefetchNumBatches(s.spark().prefetchBatches())
          .rngSeed(s.seed())
          .exportDirectory(folder.path(".batches/dl4j-export"))
          .build();
      SparkNetwork net = SparkNetwork.of(sc, network, master);
      net.collectStats(s.spark().collectStats());
      EpochTrainer trainer = new EpochTrainer(sc, "train " + name, s.network().epochs(),
          s.seed(), s.spark().lossSampleBatches(), workers);
      List<EpochRecord> done = trainer.train(net, trainFiles, validationFiles, history,
          checkpoints, r -> { });
      if (s.spark().collectStats() && net.stats() != null) {
        try {
          ByteArrayOutputStream html = new ByteArrayOutputStream();
          StatsUtils.exportStatsAsHTML(net.stats(), html);
          folder.writeBytes("spark-training-stats.html", html.toByteArray());
        } catch (Exception e) {
          LOG.warn("train {}: could not export dl4j-spark's training statistics: {}", name,
              e.toString());
        }
      }
      return new Trained(net.model(), standardizer, done);
    } finally {
      folder.fileSystem().delete(new Path(batches), true);
    }
  }

  private Trained trainLocal(String name, JavaRDD<TrainingClip> clips, ModelRecipe recipe,
      ModelFolder folder) throws IOException {
    Path dir = new Path(folder.path(ModelFolder.CHECKPOINTS));
    if (!"file".equals(dir.toUri().getScheme())) {
      throw new StageFailedException(ExitCodes.USAGE,
          "--engine local keeps checkpoints on the local disk: use a local --out, not "
              + folder.path());
    }
    List<TrainingClip> all = new ArrayList<>(clips.collect());
    // one JVM: all cores to ND4J unless told otherwise (the launcher caps OpenMP at one thread
    // per process because Spark runs one task per core)
    int threads = s.localThreads() > 0 ? s.localThreads() : Runtime.getRuntime().availableProcessors();
    TrainerSettings settings = new TrainerSettings(s.network().epochs(), s.network().batchSize(),
        s.validationFraction(), s.seed(), java.nio.file.Path.of(dir.toUri()), s.resume(), 2,
        threads);
    LOG.info("train {}: single-JVM trainer on {} clips", name, all.size());
    TrainedModel trained = new LocalTrainer(settings).train(all, recipe);
    List<EpochRecord> history = new ArrayList<>();
    for (var e : trained.history()) {
      history.add(new EpochRecord(e.epoch(), e.trainLoss(), e.validationLoss(), e.seconds(),
          e.examplesPerSecond()));
    }
    return new Trained(trained.network(), trained.standardizer(), history);
  }

  private static JavaRDD<ExampleBlock> blocks(JavaRDD<TrainingClip> clips, ModelRecipe recipe,
      Standardizer standardizer) {
    return clips.map(c -> {
      Examples e = recipe.examples(List.of(c), standardizer);
      int[] shape = new int[e.exampleShape().length];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = Math.toIntExact(e.exampleShape()[i]);
      }
      return new ExampleBlock(c.clipId(), e.features(), e.count(), shape, e.labels(),
          e.labelWidth());
    });
  }

  private List<String> classes(Dataset<FeatureRow> rows, boolean allMachines) {
    if (s.model() == ModelChoice.AE) {
      return List.of();
    }
    ModelChoice model = s.model();
    Set<String> keys = new TreeSet<>(rows.javaRDD()
        .map(r -> classKey(model, allMachines, r)).distinct().collect());
    if (keys.size() < 2) {
      throw new IllegalStateException(model + " needs at least 2 classes in the training clips, "
          + "found " + keys);
    }
    return new ArrayList<>(keys);
  }

  private static String classKey(ModelChoice model, boolean allMachines, FeatureRow r) {
    return model == ModelChoice.CLASSIFIER
        ? ClassKeys.classifier(allMachines, r.getMachine(), r.getSection())
        : ClassKeys.embedding(r.getSection(), r.getAttributes());
  }

  private static String clipId(FeatureRow r) {
    return r.getMachine() + "/" + r.getSplit() + "/" + r.getFileName();
  }

  private FeatureParameters featureParameters() {
    int hop = s.network().hop();
    return s.model() == ModelChoice.AE ? table.featureParameters(hop, 8)
        : table.featureParameters(1, hop);
  }

  private ModelRecipe recipe(FeatureParameters f, int nClasses) {
    double lr = s.network().learningRate();
    boolean quick = s.network().size().equals("quick");
    return switch (s.model()) {
      case AE -> {
        AutoencoderSettings b = AutoencoderSettings.baseline(s.seed());
        yield new AutoencoderRecipe(new AutoencoderSettings(s.seed(), lr, f.contextVectorSize(),
            b.hiddenSize(), b.hiddenLayers(), b.bottleneckSize()), f);
      }
      case CLASSIFIER -> {
        ClassifierSettings c = quick ? ClassifierSettings.quick(nClasses, s.seed())
            : ClassifierSettings.baseline(nClasses, s.seed());
        yield new ClassifierRecipe(new ClassifierSettings(c.seed(), lr, c.nClasses(), c.trunk(),
            c.denseSize()), f);
      }
      case EMBEDDING -> {
        EmbeddingSettings e = quick ? EmbeddingSettings.quick(s.seed())
            : EmbeddingSettings.baseline(s.seed());
        yield new EmbeddingRecipe(new EmbeddingSettings(e.seed(), lr, e.embeddingSize(),
            s.network().margin(), e.trunk()), f);
      }
      default -> throw new IllegalArgumentException(s.model() + " is not a network");
    };
  }

  private static int statisticsDim(ModelRecipe recipe) {
    FeatureParameters f = recipe.features();
    return recipe instanceof AutoencoderRecipe ? f.contextVectorSize() : f.nMels();
  }

  /** Each section's reference embeddings: k-means centres of source clips, every target clip. */
  private Map<String, ReferenceSet> references(Dataset<FeatureRow> rows, ModelBundle bundle) {
    Broadcast<BundleBytes> b = sc.broadcast(BundleBytes.of(bundle, "embedding"));
    List<EmbeddedClip> embedded = rows.javaRDD().mapPartitions(it -> {
      List<EmbeddedClip> out = new ArrayList<>();
      if (!it.hasNext()) {
        return out.iterator();
      }
      EmbeddingScorer scorer = EmbeddingScorer.of(b.value().restore());
      while (it.hasNext()) {
        FeatureRow r = it.next();
        out.add(new EmbeddedClip(r.getSection(), r.getDomain(), r.getFileName(),
            scorer.clipEmbedding(r.getLogmel())));
      }
      return out.iterator();
    }).collect();
    b.destroy();
    Map<String, List<EmbeddedClip>> bySection = new java.util.TreeMap<>();
    for (EmbeddedClip e : embedded) {
      bySection.computeIfAbsent(e.section(), k -> new ArrayList<>()).add(e);
    }
    Map<String, ReferenceSet> refs = new LinkedHashMap<>();
    bySection.forEach((section, list) -> {
      list.sort(java.util.Comparator.comparing(EmbeddedClip::fileName));
      List<float[]> source = new ArrayList<>();
      List<float[]> target = new ArrayList<>();
      for (EmbeddedClip e : list) {
        ("target".equals(e.domain()) ? target : source).add(e.embedding());
      }
      refs.put(section, ReferenceSetFitter.fit(source, target, s.network().sourceCentres(),
          s.seed()));
    });
    return refs;
  }

  private record EmbeddedClip(String section, String domain, String fileName, float[] embedding)
      implements java.io.Serializable {}

  /** Gamma fit to the training clips' scores: the decision threshold of the machine type. */
  private DecisionThreshold threshold(String name, Dataset<FeatureRow> rows, ModelBundle bundle) {
    Broadcast<BundleBytes> b = sc.broadcast(BundleBytes.of(bundle, name));
    List<ScoredClip> scored = ClipScoring.score(rows, b).collect();
    b.destroy();
    double[] scores = scored.stream().mapToDouble(ScoredClip::score).toArray();
    DecisionThreshold t = new GammaThreshold(s.thresholdQuantile()).fit(scores);
    LOG.info("train {}: decision threshold {} ({}) from {} training scores", name, t.value(),
        t.method(), scores.length);
    return t;
  }

  private void writeHistory(String name, ModelFolder folder, List<EpochRecord> history)
      throws IOException {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("model", s.model().token());
    h.put("name", name);
    h.put("engine", s.engine());
    h.put("profile", s.profile());
    h.put("epochs", history);
    folder.writeText("history.json", JSON.writeValueAsString(h));
    double[] x = new double[history.size()];
    double[] train = new double[history.size()];
    double[] val = new double[history.size()];
    for (int i = 0; i < history.size(); i++) {
      x[i] = history.get(i).epoch();
      train[i] = history.get(i).trainLoss();
      val[i] = history.get(i).validationLoss();
    }
    folder.writeBytes("loss-curve.png", LossCurveChart.png(name + " (" + s.engine() + ")", x,
        train, val));
  }
}
