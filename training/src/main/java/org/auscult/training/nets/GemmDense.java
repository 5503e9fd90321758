package org.auscult.training.nets;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@link DenseLayer} whose linear (identity-activation) case runs as one BLAS call each
 * way: see {@link GemmDenseLayer}. Parameters and their layout are DL4J's, so a network reads and
 * writes as with the stock layer.
 */
public final class GemmDense extends DenseLayer {
  /** For Jackson, which reads the configuration back from a saved model. */
  public GemmDense() {}

  /** The same layer as {@code settings} (built with DL4J's builder). */
  public static GemmDense of(DenseLayer settings) {
    GemmDense layer = LayerCopy.feedForward(settings, new GemmDense());
    layer.setHasBias(settings.hasBias());
    layer.setHasLayerNorm(settings.hasLayerNorm());
    return layer;
  }

  // DL4J's Lombok equals asks canEqual: never equal to the stock layer, either way round
  @Override
  protected boolean canEqual(Object o) {
    return o instanceof GemmDense;
  }

  @Override
  public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners,
      int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType dataType) {
    LayerValidation.assertNInNOutSet("GemmDense", getLayerName(), layerIndex, getNIn(), getNOut());
    return LayerWiring.wired(new GemmDenseLayer(conf, dataType), conf, listeners,
        layerIndex, layerParamsView, initializeParams, initializer());
  }
}
