package org.auscult.training.kinds.classifier;

import java.io.IOException;
import java.util.List;
import org.auscult.features.dsp.FrameWindows;
import org.auscult.training.engine.TrainedNetwork;
import org.auscult.training.fit.Thresholds;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kind.TrainingScope;
import org.auscult.training.nets.ClassifierSettings;

/**
 * Trains the section classifier: per machine type over its sections, or one network over every
 * machine-section ({@code allMachines}); its threshold comes from the scores of all training clips.
 */
record ClassifierTrainer(CommonSettings common, int epochs, int batchSize, double learningRate,
    int patchHop, boolean allMachines, String size) implements Trainer {

  @Override
  public TrainingScope scope() {
    return allMachines ? TrainingScope.ALL_MACHINES : TrainingScope.PER_MACHINE;
  }

  /** A clip's class: its section, or machine and section for one network over all machines. */
  static String classKey(boolean allMachines, Clip clip) {
    return allMachines ? clip.machine() + "_" + clip.section() : clip.section();
  }

  @Override
  public Fitted fit(FitContext context) throws IOException {
    boolean all = allMachines;
    ClassIndex classes = ClassIndex.of(context.clips().map(c -> classKey(all, c)).stream()
        .map(Keyed::value).toList());
    if (classes.size() < 2) {
      throw new IllegalStateException("classifier " + context.name() + " needs at least 2 classes "
          + "in the training clips, found " + classes);
    }
    var logMel = context.logMel();
    FeatureParameters features = new FeatureParameters(logMel.sampleRate(), logMel.nFft(),
        logMel.hopLength(), logMel.nMels(), FrameWindows.CONTEXT_FRAMES, 1,
        FrameWindows.PATCH_FRAMES, patchHop);
    ClassifierSettings s = size.equals("quick")
        ? ClassifierSettings.quick(classes.size(), common.seed())
        : ClassifierSettings.baseline(classes.size(), common.seed());
    ClassifierRecipe recipe = new ClassifierRecipe(new ClassifierSettings(s.seed(), learningRate,
        s.nClasses(), s.trunk(), s.denseSize()), features, classes, allMachines);
    TrainedNetwork trained = context.networks().train(recipe, context.clips(), epochs, batchSize);
    ClassifierModel model = new ClassifierModel(trained.network(), trained.standardizer(),
        features, classes, allMachines);
    List<Keyed<Double>> scores = context.clips().map(new ClassifierKind(), model,
        (m, clip) -> m.scorer().score(clip));
    return new Fitted(model, Thresholds.gamma(scores.stream().mapToDouble(Keyed::value).toArray(),
        common.thresholdQuantile()), trained.history());
  }
}
