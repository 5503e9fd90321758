package org.auscult.jobs.train;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.auscult.jobs.cli.Progress;
import org.auscult.training.engine.EpochLoop;
import org.auscult.training.engine.EpochRecord;
import org.auscult.training.engine.LearningRates;
import org.auscult.training.engine.NetworkEngine;
import org.auscult.training.engine.NetworkRecipe;
import org.auscult.training.engine.TrainedNetwork;
import org.auscult.training.engine.TrainingRun;
import org.auscult.training.inputs.ClipSplit;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipSet;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingMaster;
import org.deeplearning4j.spark.stats.StatsUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a network with dl4j-spark where the clips are: the standardisation statistics are merged
 * from the tasks, each task writes its clips' examples once as shuffled minibatch files, and every
 * epoch of {@link EpochLoop} fits the files in a seeded order with parameter averaging, the step
 * size scaled for the number of workers as configured. The minibatch files live beside the model
 * while it trains and are removed after.
 */
final class SparkNetworkEngine implements NetworkEngine {
  private static final Logger LOG = LoggerFactory.getLogger(SparkNetworkEngine.class);

  /** dl4j-spark's statistics default to an NTP clock (pool.ntp.org); use the system clock. */
  private static final String TIME_SOURCE = "org.deeplearning4j.spark.time.TimeSource";

  static {
    if (System.getProperty(TIME_SOURCE) == null) {
      System.setProperty(TIME_SOURCE, "org.deeplearning4j.spark.time.SystemClockTimeSource");
    }
  }

  private final JavaSparkContext sc;
  private final TrainingRun run;
  private final SparkTrainerSettings settings;
  private final ModelFolder folder;

  /** Trains under {@code run}, writing its minibatch files (and statistics) into {@code folder}. */
  SparkNetworkEngine(JavaSparkContext sc, TrainingRun run, SparkTrainerSettings settings,
      ModelFolder folder) {
    this.sc = sc;
    this.run = run;
    this.settings = settings;
    this.folder = folder;
  }

  @Override
  public TrainedNetwork train(NetworkRecipe recipe, ClipSet clipSet, int epochs, int batchSize)
      throws IOException {
    JavaRDD<Clip> clips = ((SparkClipSet) clipSet).rdd();
    String fingerprint = clipSet.fingerprint();
    Set<String> heldOut = ClipSplit.validationIds(clipSet.keys(), run.validationFraction(),
        run.seed());
    LOG.info("{}: {} clips ({} for validation)", run.name(), clipSet.keys().size(),
        heldOut.size());
    Broadcast<Set<String>> validation = sc.broadcast(heldOut);
    JavaRDD<Clip> train = clips.filter(c -> !validation.value().contains(c.key()));
    JavaRDD<Clip> held = clips.filter(c -> validation.value().contains(c.key()));
    Standardizer standardizer = statistics(train, recipe).finish();

    int workers = settings.workers() > 0 ? settings.workers() : sc.defaultParallelism();
    // batch-size is the effective minibatch, as in the single-JVM engine: each worker fits its
    // share, so one averaging round of one step each equals one step on the whole minibatch and an
    // epoch takes as many averaged steps as a single-JVM epoch takes steps
    int batch = Math.max(1, batchSize / workers);
    int buffer = Math.max(batch, settings.shuffleBufferExamples());
    String batches = folder.path(".batches");
    FileSystem fs = folder.fileSystem();
    fs.delete(new Path(batches), true);
    try {
      Progress export = Progress.start(LOG, run.name() + ": write minibatches");
      BatchFiles trainFiles = MinibatchExport.export(
          ClipOrder.seeded(blocks(train, recipe, standardizer), workers, run.seed()),
          batches + "/train", batch, buffer, run.seed(), recipe.augmentation());
      BatchFiles validationFiles = MinibatchExport.export(blocks(held, recipe, standardizer),
          batches + "/validation", batch, buffer, run.seed() + 1);
      export.done(trainFiles.examples() + validationFiles.examples(), "examples");

      TrainingRun.Start start = run.start(recipe, fingerprint);
      // n replicas, each stepping on 1/n of a minibatch and averaged, can learn less per epoch
      // than one optimiser on whole minibatches; a larger step makes up for it where configured
      // (BENCHMARKS.md). The start, new or resumed, has the recipe's step size.
      double rate = LearningRates.of(start.network());
      double factor = settings.learningRateFactor(workers);
      LearningRates.set(start.network(), rate * factor);
      LOG.info("{}: {} workers, parameter averaging every {} minibatches, step size {} × {}",
          run.name(), workers, settings.averagingFrequency(), rate, factor);
      ParameterAveragingTrainingMaster master = settings.master(workers, batch, run.seed(),
          folder.path(".batches/dl4j-export"));
      SparkNetwork net = SparkNetwork.of(sc, start.network(), master);
      net.collectStats(settings.collectStats());
      SparkEpochStep step = new SparkEpochStep(sc, net, fs, trainFiles, validationFiles, workers,
          run.seed(), settings.lossSampleBatches());
      List<EpochRecord> done = run.epochs(step, start, epochs, fingerprint);
      if (settings.collectStats() && net.stats() != null) {
        exportStats(net);
      }
      // the model keeps the recipe's step size, whatever the engine
      LearningRates.set(net.model(), rate);
      return new TrainedNetwork(net.model(), standardizer, done, heldOut);
    } finally {
      fs.delete(new Path(batches), true);
    }
  }

  /**
   * The standardisation statistics of {@code train}, merged in partition order on the driver:
   * Spark's aggregate merges in task-completion order, which would change their last bits (and so
   * the model) from run to run.
   */
  private static StatsAccumulator statistics(JavaRDD<Clip> train, NetworkRecipe recipe) {
    int dim = recipe.statisticsDimensions();
    List<StatsAccumulator> parts = train.mapPartitions(it -> {
      StatsAccumulator acc = new StatsAccumulator(dim);
      while (it.hasNext()) {
        recipe.addStatistics(it.next(), acc);
      }
      return List.of(acc).iterator();
    }).collect();
    StatsAccumulator total = new StatsAccumulator(dim);
    parts.forEach(total::merge);
    return total;
  }

  private static JavaRDD<ExampleBlock> blocks(JavaRDD<Clip> clips, NetworkRecipe recipe,
      Standardizer standardizer) {
    return clips.map(c -> {
      Examples e = recipe.examples(c, standardizer);
      int[] shape = new int[e.exampleShape().length];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = Math.toIntExact(e.exampleShape()[i]);
      }
      return new ExampleBlock(c.key(), e.features(), e.count(), shape, e.labels(),
          e.labelWidth());
    });
  }

  private void exportStats(SparkNetwork net) {
    try {
      ByteArrayOutputStream html = new ByteArrayOutputStream();
      StatsUtils.exportStatsAsHTML(net.stats(), html);
      folder.writeBytes("spark-training-stats.html", html.toByteArray());
    } catch (Exception e) {
      LOG.warn("{}: could not export dl4j-spark's training statistics: {}", run.name(),
          e.toString());
    }
  }
}
