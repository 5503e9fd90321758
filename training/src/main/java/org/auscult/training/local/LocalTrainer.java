package org.auscult.training.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.auscult.training.inputs.ClipSplit;
import org.auscult.training.inputs.DataFingerprint;
import org.auscult.training.inputs.Minibatches;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.TrainingClip;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.api.NeuralNetwork;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains any {@link ModelRecipe}'s network in this JVM ({@code --engine local}).
 *
 * <ol>
 *   <li>Holds out {@code validationFraction} of the <em>clips</em> ({@link ClipSplit}: a split over
 *       vectors would leak near-identical neighbouring frames into validation).
 *   <li>Fits the standardisation on the training clips only, shapes both sets with it and pre-batches
 *       them (training examples shuffled once with the seed).
 *   <li>Each epoch visits the minibatches in an order drawn from {@code (seed, epoch)}, logs
 *       epoch, train loss, validation loss and examples/s, and writes a checkpoint.
 *   <li>With {@code resume}, continues after the newest checkpoint (weights and Adam state) up to
 *       the same total epoch count; because every random choice is a function of the seed and the
 *       epoch number, a resumed run follows the same path as an uninterrupted one.
 * </ol>
 *
 * <p>The data are held in memory ({@code float}s, plus one minibatch copy): fine for one machine
 * type of the quick profile; the baseline's full 640-d vectors at hop 1 need several GB, which is
 * what {@code context_hop} and the Spark engine are for.
 */
public final class LocalTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(LocalTrainer.class);

  private final TrainerSettings settings;

  public LocalTrainer(TrainerSettings settings) {
    this.settings = settings;
  }

  /** Trains on {@code clips} (training clips only; 10 % become validation) and returns the model. */
  public TrainedModel train(List<TrainingClip> clips, ModelRecipe recipe) throws IOException {
    if (clips.isEmpty()) {
      throw new IllegalArgumentException("no training clips");
    }
    if (settings.threads() > 0) {
      NativeThreads.limit(settings.threads());
    }
    String fingerprint = DataFingerprint.of(clips);
    ClipSplit split = ClipSplit.of(clips, settings.validationFraction(), settings.seed());
    Standardizer standardizer = recipe.statistics(split.training()).finish();
    List<DataSet> train = Minibatches.shuffled(recipe.examples(split.training(), standardizer),
        settings.batchSize(), settings.seed());
    List<DataSet> validation = split.validation().isEmpty() ? List.of()
        : Minibatches.inOrder(recipe.examples(split.validation(), standardizer), settings.batchSize());
    LOG.info("{}: {} training clips ({} minibatches of up to {}), {} validation clips, data {}",
        recipe.kind(), split.training().size(), train.size(), settings.batchSize(),
        split.validation().size(), fingerprint);

    Checkpoints checkpoints = settings.checkpointDir() == null ? null
        : new Checkpoints(settings.checkpointDir());
    Optional<CheckpointInfo> last = checkpoints == null ? Optional.empty() : checkpoints.latest();
    Model network;
    List<EpochResult> history = new ArrayList<>();
    if (last.isPresent()) {
      CheckpointInfo info = last.get();
      if (!settings.resume()) {
        throw new IllegalStateException("checkpoint folder " + checkpoints.dir()
            + " already holds epoch " + info.epoch() + "; resume from it or use an empty folder");
      }
      if (info.kind() != recipe.kind()) {
        throw new IllegalStateException("checkpoint " + checkpoints.dir() + " is of a " + info.kind()
            + " model, this run trains a " + recipe.kind() + " model");
      }
      if (!info.dataFingerprint().equals(fingerprint)) {
        throw new IllegalStateException("checkpoint " + checkpoints.dir() + " was trained on data "
            + info.dataFingerprint() + ", this run has " + fingerprint);
      }
      network = checkpoints.load(info.epoch(), recipe.kind());
      history.addAll(info.history());
      LOG.info("{}: resuming after epoch {} from {}", recipe.kind(), info.epoch(), checkpoints.dir());
    } else {
      network = recipe.newNetwork();
    }

    for (int epoch = history.size() + 1; epoch <= settings.epochs(); epoch++) {
      EpochResult r = epoch(network, train, validation, epoch);
      history.add(r);
      LOG.info("{} epoch {}/{}: train loss {}, validation loss {}, {} examples/s ({} s)",
          recipe.kind(), epoch, settings.epochs(), fmt(r.trainLoss()), fmt(r.validationLoss()),
          String.format("%.0f", r.examplesPerSecond()), String.format("%.2f", r.seconds()));
      if (checkpoints != null) {
        checkpoints.write(network, new CheckpointInfo(recipe.kind(), epoch, fingerprint, history),
            settings.keepCheckpoints());
      }
    }
    return new TrainedModel(recipe, network, standardizer, fingerprint, split, history);
  }

  /** One pass over {@code train} in the epoch's seeded order, then the validation loss. */
  EpochResult epoch(Model network, List<DataSet> train, List<DataSet> validation, int epoch) {
    List<DataSet> order = new ArrayList<>(train);
    java.util.Collections.shuffle(order, new Random(settings.seed() * 1_000_003L + epoch));
    long start = System.nanoTime();
    double lossSum = 0;
    long examples = 0;
    for (DataSet batch : order) {
      ((NeuralNetwork) network).fit(batch);
      lossSum += network.score() * batch.numExamples();
      examples += batch.numExamples();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    setEpochCount(network, epoch);
    return new EpochResult(epoch, lossSum / examples, loss(network, validation), seconds,
        examples / seconds);
  }

  /** Mean loss over {@code batches} in inference mode; NaN for none. */
  static double loss(Model network, List<DataSet> batches) {
    double sum = 0;
    long n = 0;
    for (DataSet b : batches) {
      double score = network instanceof MultiLayerNetwork m ? m.score(b, false)
          : ((ComputationGraph) network).score(b, false);
      sum += score * b.numExamples();
      n += b.numExamples();
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static void setEpochCount(Model network, int epoch) {
    if (network instanceof MultiLayerNetwork m) {
      m.getLayerWiseConfigurations().setEpochCount(epoch);
    } else {
      ((ComputationGraph) network).getConfiguration().setEpochCount(epoch);
    }
  }

  private static String fmt(double v) {
    return String.format("%.5f", v);
  }
}
