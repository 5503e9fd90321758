package org.auscult.training.kinds.embedding;

import java.io.IOException;
import java.util.List;
import org.auscult.features.dsp.FrameWindows;
import org.auscult.training.engine.TrainedNetwork;
import org.auscult.training.fit.Thresholds;
import org.auscult.training.inputs.ClipWindows;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.MinibatchAugmentation;
import org.auscult.training.inputs.Mixup;
import org.auscult.training.inputs.StatisticsExchange;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipSet;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kind.TrainingScope;
import org.auscult.training.kinds.ClassNetworkRecipe;
import org.auscult.training.kinds.NetworkTraining;
import org.auscult.training.nets.ClipEncoderSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;

/**
 * Trains one embedding network on the normal training clips of every machine type, then fits each
 * section's references on the embeddings of all its training clips.
 *
 * @param size {@code quick} or {@code baseline} encoder
 * @param frames frames of a training window
 * @param loss {@code adacos} or {@code triplet}
 * @param subclusters AdaCos centres per class
 * @param mixup share of training examples mixed with another
 * @param exchange share of training examples given another's statistics (StatEx)
 * @param exchangeAxis whose statistics: each frame's or each mel bin's
 * @param maxRepeat most windows a clip of a rare class gives
 * @param sourceCentres k-means centres of a section's source embeddings (cosine references)
 * @param mahalanobis whitened references of clip vectors instead of cosine ones of embeddings
 */
record EmbeddingTrainer(CommonSettings common, NetworkTraining training, String size,
    int frames, String loss, int subclusters, double mixup, double exchange,
    StatisticsExchange.Axis exchangeAxis, int maxRepeat, int sourceCentres, boolean mahalanobis)
    implements Trainer {

  @Override
  public TrainingScope scope() {
    return TrainingScope.ALL_MACHINES;
  }

  /** A clip's class: machine type, section, attribute string and domain. */
  static String classKey(Clip clip) {
    return clip.machine() + "|" + clip.section() + "|"
        + (clip.attributes() == null ? "" : clip.attributes()) + "|" + clip.domain();
  }

  @Override
  public Fitted fit(FitContext context) throws IOException {
    ClipSet clips = context.clips();
    List<Keyed<String>> keys = clips.map(EmbeddingTrainer::classKey);
    ClassIndex classes = ClassIndex.of(keys.stream().map(Keyed::value).toList());
    if (classes.size() < 2) {
      throw new IllegalStateException("the embedding learns to tell classes apart, and the "
          + "training clips of " + context.machines() + " are all of one class, " + classes
          + ": train it on several machine types, sections, attributes or domains together");
    }
    var logMel = context.logMel();
    int mels = logMel.nMels();
    ClipEncoderSettings encoder = ClipEncoderSettings.of(size, common.seed(),
        training.learningRate(), mels, frames);
    var augmentation = new MinibatchAugmentation(new Mixup(mixup),
        new StatisticsExchange(exchange, mels, exchangeAxis));
    EmbeddingSettings network = new EmbeddingSettings(encoder, loss,
        ClassNetworkRecipe.outputClasses(classes.size(), augmentation), subclusters);
    boolean ids = !network.distributionLabels();
    ClassNetworkRecipe recipe = new ClassNetworkRecipe(mels, frames, classes,
        EmbeddingTrainer::classKey, ClassNetworkRecipe.repeats(keys, classes, maxRepeat), ids,
        augmentation, common.seed(), () -> EmbeddingFactory.build(network));
    TrainedNetwork trained = context.networks().train(recipe, clips, training.epochs(),
        training.batchSize());
    FeatureParameters features = new FeatureParameters(logMel.sampleRate(), logMel.nFft(),
        logMel.hopLength(), mels, FrameWindows.CONTEXT_FRAMES, 1, frames,
        ClipWindows.scoringHop(frames));
    EmbeddingModel embedder = new EmbeddingModel(trained.network(), trained.standardizer(),
        features, java.util.Map.of(), mahalanobis);
    List<Keyed<float[]>> embedded = clips.map(new EmbeddingKind(), embedder,
        (m, clip) -> m.embedding(clip));
    ReferenceFit references = ReferenceFit.of(embedded, sourceCentres, common.seed(),
        mahalanobis);
    return new Fitted(embedder.withReferences(references.sections()),
        Thresholds.gamma(references.trainingScores(), common.thresholdQuantile()),
        trained.history());
  }
}
