package org.auscult.training.kinds.ae;

import java.io.IOException;
import java.util.List;
import org.auscult.features.dsp.FrameWindows;
import org.auscult.training.engine.TrainedNetwork;
import org.auscult.training.fit.Thresholds;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kinds.NetworkTraining;
import org.auscult.training.nets.AutoencoderSettings;

/**
 * Trains the autoencoder on a machine type's normal training clips; its threshold comes from the
 * scores of all of them.
 *
 * @param contextHop frames between training context vectors (scoring uses every vector)
 */
record AutoencoderTrainer(CommonSettings common, NetworkTraining training, int contextHop)
    implements Trainer {

  @Override
  public Fitted fit(FitContext context) throws IOException {
    var logMel = context.logMel();
    FeatureParameters features = new FeatureParameters(logMel.sampleRate(), logMel.nFft(),
        logMel.hopLength(), logMel.nMels(), FrameWindows.CONTEXT_FRAMES, contextHop,
        FrameWindows.PATCH_FRAMES, 8);
    AutoencoderSettings b = AutoencoderSettings.baseline(common.seed());
    AutoencoderRecipe recipe = new AutoencoderRecipe(new AutoencoderSettings(common.seed(),
        training.learningRate(), features.contextVectorSize(), b.hiddenSize(),
        b.hiddenLayers(), b.bottleneckSize()), features);
    TrainedNetwork trained = context.networks().train(recipe, context.clips(), training.epochs(),
        training.batchSize());
    AutoencoderModel model = new AutoencoderModel(trained.network(), trained.standardizer(),
        features);
    List<Keyed<Double>> scores = context.clips().map(new AutoencoderKind(), model,
        (m, clip) -> m.scorer().score(clip));
    return new Fitted(model, Thresholds.gamma(values(scores), common.thresholdQuantile()),
        trained.history());
  }

  static double[] values(List<Keyed<Double>> scores) {
    return scores.stream().mapToDouble(Keyed::value).toArray();
  }
}
