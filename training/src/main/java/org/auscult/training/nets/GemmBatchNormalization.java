package org.auscult.training.nets;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@link BatchNormalization} whose training step on dense (rank 2) input takes 13 native
 * ops per layer instead of DL4J's 54, its sums over the batch as matrix products (hence the name);
 * DL4J's layer made up half of an autoencoder step. Parameters, their layout, the running
 * statistics and inference are DL4J's, so a network reads and writes as with the stock layer; see
 * {@link GemmBatchNormalizationLayer}.
 */
public final class GemmBatchNormalization extends BatchNormalization {
  /** For Jackson, which reads the configuration back from a saved model. */
  public GemmBatchNormalization() {}

  /** The same layer as {@code settings} (built with DL4J's builder), training natively. */
  public static GemmBatchNormalization of(BatchNormalization settings) {
    GemmBatchNormalization layer = LayerCopy.feedForward(settings,
        new GemmBatchNormalization());
    layer.setDecay(settings.getDecay());
    layer.setEps(settings.getEps());
    layer.setMinibatch(settings.isMinibatch());
    layer.setGamma(settings.getGamma());
    layer.setBeta(settings.getBeta());
    layer.setLockGammaBeta(settings.isLockGammaBeta());
    layer.setCudnnAllowFallback(settings.isCudnnAllowFallback());
    layer.setUseLogStd(settings.isUseLogStd());
    layer.setCnn2DFormat(settings.getCnn2DFormat());
    return layer;
  }

  // DL4J's Lombok equals asks canEqual: never equal to the stock layer, either way round
  @Override
  protected boolean canEqual(Object o) {
    return o instanceof GemmBatchNormalization;
  }

  @Override
  public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners,
      int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType dataType) {
    LayerValidation.assertNOutSet("GemmBatchNormalization", getLayerName(), layerIndex,
        getNOut());
    return LayerWiring.wired(new GemmBatchNormalizationLayer(conf, dataType), conf, listeners,
        layerIndex, layerParamsView, initializeParams, initializer());
  }
}
