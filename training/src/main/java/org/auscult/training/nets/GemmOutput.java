package org.auscult.training.nets;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@link OutputLayer} whose pre-activation is {@link LinearForward}'s: no temporary and copy
 * in each of the three times a training step computes it. Parameters, loss and saved form are
 * DL4J's.
 */
public final class GemmOutput extends OutputLayer {
  /** For Jackson, which reads the configuration back from a saved model. */
  public GemmOutput() {}

  /** The same layer as {@code settings} (built with DL4J's builder). */
  public static GemmOutput of(OutputLayer settings) {
    GemmOutput layer = LayerCopy.feedForward(settings, new GemmOutput());
    layer.setLossFn(settings.getLossFn());
    layer.setHasBias(settings.hasBias());
    return layer;
  }

  // DL4J's Lombok equals asks canEqual: never equal to the stock layer, either way round
  @Override
  protected boolean canEqual(Object o) {
    return o instanceof GemmOutput;
  }

  @Override
  public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners,
      int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType dataType) {
    LayerValidation.assertNInNOutSet("GemmOutput", getLayerName(), layerIndex, getNIn(),
        getNOut());
    return LayerWiring.wired(new GemmOutputLayer(conf, dataType), conf, listeners,
        layerIndex, layerParamsView, initializeParams, initializer());
  }
}
