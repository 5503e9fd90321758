package org.auscult.training.kinds.classifier;

import java.io.IOException;
import java.util.List;
import org.auscult.features.dsp.FrameWindows;
import org.auscult.training.engine.TrainedNetwork;
import org.auscult.training.fit.Thresholds;
import org.auscult.training.inputs.ClipWindows;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.MinibatchAugmentation;
import org.auscult.training.inputs.Mixup;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kind.TrainingScope;
import org.auscult.training.kinds.ClassNetworkRecipe;
import org.auscult.training.kinds.NetworkTraining;
import org.auscult.training.nets.ClassifierFactory;
import org.auscult.training.nets.ClassifierSettings;
import org.auscult.training.nets.ClipEncoderSettings;

/**
 * Trains the classifier on the normal training clips of every machine type; its threshold comes
 * from their scores.
 *
 * @param size {@code quick} or {@code baseline} encoder
 * @param frames frames of a training window
 * @param maxRepeat most windows a clip of a rare class gives
 * @param mixup share of training examples mixed with another
 */
record ClassifierTrainer(CommonSettings common, NetworkTraining training, String size,
    int frames, int maxRepeat, double mixup) implements Trainer {

  @Override
  public TrainingScope scope() {
    return TrainingScope.ALL_MACHINES;
  }

  /** A clip's class: machine type, section and attribute string. */
  static String classKey(Clip clip) {
    return sectionPrefix(clip) + (clip.attributes() == null ? "" : clip.attributes());
  }

  /** What every class of a clip's section begins with. */
  static String sectionPrefix(Clip clip) {
    return clip.machine() + "|" + clip.section() + "|";
  }

  @Override
  public Fitted fit(FitContext context) throws IOException {
    List<Keyed<String>> keys = context.clips().map(ClassifierTrainer::classKey);
    ClassIndex classes = ClassIndex.of(keys.stream().map(Keyed::value).toList());
    if (classes.size() < 2) {
      throw new IllegalStateException("the classifier tells classes apart, and the training clips "
          + "of " + context.machines() + " are all of one (machine, section, attribute) class, "
          + classes + ": train it on several machine types, sections or attributes together");
    }
    var logMel = context.logMel();
    int mels = logMel.nMels();
    ClassifierSettings network = new ClassifierSettings(ClipEncoderSettings.of(size,
        common.seed(), training.learningRate(), mels, frames), classes.size());
    ClassNetworkRecipe recipe = new ClassNetworkRecipe(mels, frames, classes,
        ClassifierTrainer::classKey, ClassNetworkRecipe.repeats(keys, classes, maxRepeat), false,
        MinibatchAugmentation.of(new Mixup(mixup)), common.seed(),
        () -> ClassifierFactory.build(network));
    TrainedNetwork trained = context.networks().train(recipe, context.clips(),
        training.epochs(), training.batchSize());
    FeatureParameters features = new FeatureParameters(logMel.sampleRate(), logMel.nFft(),
        logMel.hopLength(), mels, FrameWindows.CONTEXT_FRAMES, 1, frames,
        ClipWindows.scoringHop(frames));
    ClassifierModel model = new ClassifierModel(trained.network(), trained.standardizer(),
        features, classes);
    List<Keyed<Double>> scores = context.clips().map(new ClassifierKind(), model,
        (m, clip) -> m.scorer().score(clip));
    return new Fitted(model, Thresholds.gamma(scores.stream().mapToDouble(Keyed::value).toArray(),
        common.thresholdQuantile()), trained.history());
  }
}
