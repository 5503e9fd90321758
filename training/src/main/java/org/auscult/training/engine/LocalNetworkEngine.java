package org.auscult.training.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.auscult.training.inputs.ClipSplit;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.Minibatches;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipSet;
import org.auscult.training.kind.Keyed;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.api.NeuralNetwork;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains in this JVM: the clips come to it, their examples are held in memory as pre-cut
 * minibatches (training examples shuffled once with the seed), and each epoch fits them in an
 * order drawn from the seed and the epoch. For one machine type of the quick profile; the Spark
 * engine is for more.
 */
public final class LocalNetworkEngine implements NetworkEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LocalNetworkEngine.class);

  private final TrainingRun run;

  /** An engine that trains under {@code run}. */
  public LocalNetworkEngine(TrainingRun run) {
    this.run = run;
  }

  @Override
  public TrainedNetwork train(NetworkRecipe recipe, ClipSet clips, int epochs, int batchSize)
      throws IOException {
    List<Keyed<Clip>> all = clips.map(c -> c);
    if (all.isEmpty()) {
      throw new IllegalStateException(run.name() + ": no training clips");
    }
    String fingerprint = clips.fingerprint();
    Set<String> held = ClipSplit.validationIds(clips.keys(), run.validationFraction(),
        run.seed());
    List<Clip> training = new ArrayList<>();
    List<Clip> validation = new ArrayList<>();
    for (Keyed<Clip> k : all) {
      (held.contains(k.key()) ? validation : training).add(k.value());
    }
    StatsAccumulator stats = new StatsAccumulator(recipe.statisticsDimensions());
    for (Clip c : training) {
      recipe.addStatistics(c, stats);
    }
    Standardizer standardizer = stats.finish();
    List<DataSet> train = Minibatches.shuffled(examples(recipe, training, standardizer), batchSize,
        run.seed(), recipe.augmentation());
    List<DataSet> valid = validation.isEmpty() ? List.of()
        : Minibatches.inOrder(examples(recipe, validation, standardizer), batchSize);
    LOG.info("{}: {} training clips ({} minibatches of up to {}), {} validation clips",
        run.name(), training.size(), train.size(), batchSize, validation.size());

    TrainingRun.Start start = run.start(recipe, fingerprint);
    LocalStep step = new LocalStep(run.name(), start.network(), train, valid, run.seed());
    List<EpochRecord> done = run.epochs(step, start, epochs, fingerprint);
    return new TrainedNetwork(start.network(), standardizer, done, held);
  }

  private static Examples examples(NetworkRecipe recipe, List<Clip> clips, Standardizer s) {
    List<Examples> parts = new ArrayList<>(clips.size());
    for (Clip c : clips) {
      parts.add(recipe.examples(c, s));
    }
    return Examples.concat(parts);
  }

  /** One epoch in this JVM: the minibatches in a seeded order, the mean loss as it fits them. */
  private static final class LocalStep implements EpochLoop.Step {
    private final String name;
    private final Model network;
    private final List<DataSet> train;
    private final List<DataSet> validation;
    private final long seed;
    private double lossSum;
    private long examples;

    LocalStep(String name, Model network, List<DataSet> train, List<DataSet> validation,
        long seed) {
      this.name = name;
      this.network = network;
      this.train = train;
      this.validation = validation;
      this.seed = seed;
    }

    @Override
    public Model network() {
      return network;
    }

    @Override
    public void fitEpoch(int epoch) throws IOException {
      List<DataSet> order = new ArrayList<>(train);
      Collections.shuffle(order, new Random(seed * 1_000_003L + epoch));
      lossSum = 0;
      examples = 0;
      for (DataSet batch : order) {
        EpochLoop.stopIfInterrupted(name);
        ((NeuralNetwork) network).fit(batch);
        lossSum += network.score() * batch.numExamples();
        examples += batch.numExamples();
      }
    }

    @Override
    public double trainLoss() {
      return lossSum / examples;
    }

    @Override
    public double validationLoss() {
      double sum = 0;
      long n = 0;
      for (DataSet b : validation) {
        double score = network instanceof MultiLayerNetwork m ? m.score(b, false)
            : ((ComputationGraph) network).score(b, false);
        sum += score * b.numExamples();
        n += b.numExamples();
      }
      return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public long examples() {
      long n = 0;
      for (DataSet b : train) {
        n += b.numExamples();
      }
      return n;
    }
  }
}
