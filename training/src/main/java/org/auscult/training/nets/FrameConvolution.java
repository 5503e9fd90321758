package org.auscult.training.nets;

import java.util.Collection;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@link ConvolutionLayer} for a convolution that moves over frames only: a kernel as wide
 * as a one-channel input (all mel bins of a frame-major log-mel), or one of width one over
 * channels of width one. Trained through one matrix product each way; see
 * {@link FrameConvolutionLayer}. Parameters, their layout and the saved form are DL4J's.
 */
public final class FrameConvolution extends ConvolutionLayer {
  /** Whether backprop computes the gradient of the layer's input (false for a network's input). */
  private boolean inputGradient = true;

  /** For Jackson, which reads the configuration back from a saved model. */
  public FrameConvolution() {}

  /**
   * This layer with its input gradient left out: only for a layer that reads the network's input
   * directly (no preprocessor, no layer before it), whose gradient nobody reads; on the embedding
   * network's first layer that gradient took 20 ms of a 72 ms step. Its backprop then hands the
   * graph no gradient (null) for its input, which a layer before it could not take.
   */
  public FrameConvolution withoutInputGradient() {
    inputGradient = false;
    return this;
  }

  public boolean isInputGradient() {
    return inputGradient;
  }

  public void setInputGradient(boolean inputGradient) {
    this.inputGradient = inputGradient;
  }

  /** The same layer as {@code settings} (built with DL4J's builder). */
  public static FrameConvolution of(ConvolutionLayer settings) {
    FrameConvolution layer = LayerCopy.feedForward(settings, new FrameConvolution());
    layer.setHasBias(settings.hasBias());
    layer.setConvolutionMode(settings.getConvolutionMode());
    layer.setDilation(settings.getDilation());
    layer.setKernelSize(settings.getKernelSize());
    layer.setStride(settings.getStride());
    layer.setPadding(settings.getPadding());
    layer.setCudnnAllowFallback(settings.isCudnnAllowFallback());
    layer.setCnn2dDataFormat(settings.getCnn2dDataFormat());
    layer.setDefaultValueOverriden(settings.isDefaultValueOverriden());
    layer.setCudnnAlgoMode(settings.getCudnnAlgoMode());
    layer.setCudnnFwdAlgo(settings.getCudnnFwdAlgo());
    layer.setCudnnBwdFilterAlgo(settings.getCudnnBwdFilterAlgo());
    layer.setCudnnBwdDataAlgo(settings.getCudnnBwdDataAlgo());
    return layer;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrameConvolution other && super.equals(other)
        && inputGradient == other.inputGradient;
  }

  @Override
  protected boolean canEqual(Object o) {
    return o instanceof FrameConvolution;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Boolean.hashCode(inputGradient);
  }

  @Override
  public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners,
      int layerIndex, INDArray layerParamsView, boolean initializeParams, DataType dataType) {
    LayerValidation.assertNInNOutSet("FrameConvolution", getLayerName(), layerIndex, getNIn(),
        getNOut());
    return LayerWiring.wired(new FrameConvolutionLayer(conf, dataType), conf, listeners,
        layerIndex, layerParamsView, initializeParams, initializer());
  }
}
