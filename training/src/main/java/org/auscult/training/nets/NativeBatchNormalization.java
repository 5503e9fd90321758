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
 * DL4J's {@link BatchNormalization} whose training step on dense (rank 2) input runs as libnd4j's
 * own {@code batchnorm} and {@code batchnorm_bp} ops: five native ops per layer and step instead
 * of DL4J's fifty-odd small ones, which made up half of an autoencoder step. Parameters, their
 * layout, the running statistics and inference are DL4J's, so a network reads and writes as with
 * the stock layer; see {@link NativeBatchNormalizationLayer}.
 */
public final class NativeBatchNormalization extends BatchNormalization {
  /** For Jackson, which reads the configuration back from a saved model. */
  public NativeBatchNormalization() {}

  /** The same layer as {@code settings} (built with DL4J's builder), training natively. */
  public static NativeBatchNormalization of(BatchNormalization settings) {
    NativeBatchNormalization layer = LayerCopy.feedForward(settings,
        new NativeBatchNormalization());
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

  @Override
  public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners,
      int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType dataType) {
    LayerValidation.assertNOutSet("NativeBatchNormalization", getLayerName(), layerIndex,
        getNOut());
    NativeBatchNormalizationLayer layer = new NativeBatchNormalizationLayer(conf, dataType);
    layer.setListeners(listeners);
    layer.setIndex(layerIndex);
    layer.setParamsViewArray(layerParamsView);
    layer.setParamTable(initializer().init(conf, layerParamsView, initializeParams));
    layer.setConf(conf);
    return layer;
  }
}
