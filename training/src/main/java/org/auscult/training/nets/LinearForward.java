package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A dense layer's pre-activation {@code x·W + b} as one {@code gemm} into a row-major array and a
 * row added. DL4J's own {@code mmuli} into a row-major output computes into a temporary array and
 * copies it over: one extra pass and allocation per product, three products per output layer and
 * step (its forward pass, its score and its backprop each compute it).
 */
final class LinearForward {
  private LinearForward() {}

  /**
   * Whether the plain case applies to {@code layer}: rank-2 input of its type and width, no mask,
   * no layer norm, no dropout and no weight noise (which DL4J's own code handles).
   */
  static boolean applies(BaseLayer<? extends FeedForwardLayer> layer) {
    INDArray input = layer.input();
    FeedForwardLayer conf = layer.layerConf();
    return input != null && input.rank() == 2
        && input.dataType() == layer.getParam(DefaultParamInitializer.WEIGHT_KEY).dataType()
        && input.size(1) == conf.getNIn() && layer.getMaskArray() == null && !layer.hasLayerNorm()
        && conf.getIDropout() == null && conf.getWeightNoise() == null;
  }

  /** {@code layer}'s {@code x·W (+ b)} in the activations workspace. */
  static INDArray of(BaseLayer<? extends FeedForwardLayer> layer,
      LayerWorkspaceMgr workspaceMgr) {
    INDArray x = layer.input();
    INDArray w = layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
    INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, w.dataType(),
        new long[] {x.size(0), w.size(1)}, 'c');
    Nd4j.gemm(x, w, z, false, false, 1.0, 0.0);
    if (layer.hasBias()) {
      INDArray b = layer.getParam(DefaultParamInitializer.BIAS_KEY);
      Nd4j.exec(new BroadcastAddOp(z, b.reshape(b.length()), z, 1));
    }
    return z;
  }
}
