package org.auscult.jobs.train;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.training.engine.Checkpoints;
import org.auscult.training.engine.LocalNetworkEngine;
import org.auscult.training.engine.NativeThreads;
import org.auscult.training.engine.NetworkEngine;
import org.auscult.training.engine.TrainingRun;
import org.auscult.training.fit.BoostedTrees;
import org.auscult.training.fit.MixtureEstimator;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipQuery;
import org.auscult.training.kind.ClipSet;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;

/**
 * A fit on Spark: the trainer's clips of the chosen machine types, read once from the features
 * table and kept on the executors' local disks until the fit ends (not on the heap: a clip is read
 * a few times, and the heap must hold what the network engine builds from it); networks trained
 * by dl4j-spark or in the driver's JVM, as the settings say; mixtures and trees by Spark MLlib.
 */
final class SparkFitContext implements FitContext, AutoCloseable {
  private final SparkSession spark;
  private final String name;
  private final List<String> machines;
  private final TrainSettings settings;
  private final LogMelParameters logMel;
  private final ModelFolder folder;
  private final JavaRDD<Clip> rdd;
  private final SparkClipSet clips;
  private final int threads;

  /** A fit whose local-engine networks train on {@code threads} native threads. */
  SparkFitContext(SparkSession spark, String name, List<String> machines, TrainSettings settings,
      FeaturesTable table, ModelFolder folder, int threads) {
    this.spark = spark;
    this.name = name;
    this.machines = List.copyOf(machines);
    this.settings = settings;
    this.logMel = table.logMel();
    this.folder = folder;
    this.threads = threads;
    ClipQuery query = settings.trainer().query();
    this.rdd = table.clips(condition(query.selection(), machines), query.columns())
        .persist(StorageLevel.DISK_ONLY());
    this.clips = new SparkClipSet(rdd);
  }

  /** The SQL condition of a selection, for {@code machines}. */
  static String condition(ClipQuery.Selection selection, List<String> machines) {
    String in = "machine IN (" + String.join(",", machines.stream().map(m -> "'" + m + "'")
        .toList()) + ")";
    return switch (selection) {
      case NORMAL_TRAINING -> "split = 'train' AND label = 'normal' AND " + in;
      case LABELLED_TEST -> "split = 'test' AND label IS NOT NULL AND " + in;
    };
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> machines() {
    return machines;
  }

  @Override
  public CommonSettings common() {
    return settings.common();
  }

  @Override
  public LogMelParameters logMel() {
    return logMel;
  }

  @Override
  public ClipSet clips() {
    return clips;
  }

  @Override
  public NetworkEngine networks() {
    Checkpoints checkpoints = new Checkpoints(folder.fileSystem(),
        new Path(folder.path(ModelFolder.CHECKPOINTS)));
    CommonSettings c = settings.common();
    TrainingRun run = new TrainingRun(name, c.seed(), c.validationFraction(), checkpoints,
        settings.resume());
    if (settings.engine().equals("local")) {
      // one JVM: this fit's share of the cores (the launcher caps OpenMP at one thread per
      // process because Spark runs one task per core)
      NativeThreads.limit(threads);
      return new LocalNetworkEngine(run);
    }
    return new SparkNetworkEngine(JavaSparkContext.fromSparkContext(spark.sparkContext()), run,
        settings.spark(), folder);
  }

  @Override
  public MixtureEstimator mixtures() {
    return new SparkMixtures(spark);
  }

  @Override
  public BoostedTrees boostedTrees() {
    return new SparkBoostedTrees(spark);
  }

  @Override
  public void close() {
    rdd.unpersist();
  }
}
