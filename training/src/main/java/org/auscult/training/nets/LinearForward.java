package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
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
   * Whether the plain case applies: rank-2 input of the layer's type and width, no mask, no layer
   * norm, no dropout and no weight noise (which DL4J's own code handles).
   */
  static boolean applies(INDArray input, INDArray mask, DataType dataType, FeedForwardLayer conf,
      boolean layerNorm) {
    return input != null && input.rank() == 2 && input.dataType() == dataType
        && input.size(1) == conf.getNIn() && mask == null && !layerNorm
        && conf.getIDropout() == null && ((BaseLayer) conf).getWeightNoise() == null;
  }

  /** {@code x·w (+ b)} in the activations workspace; {@code b} null for no bias. */
  static INDArray of(INDArray x, INDArray w, INDArray b, LayerWorkspaceMgr workspaceMgr,
      DataType dataType) {
    INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
        new long[] {x.size(0), w.size(1)}, 'c');
    Nd4j.gemm(x, w, z, false, false, 1.0, 0.0);
    if (b != null) {
      Nd4j.exec(new BroadcastAddOp(z, b.reshape(b.length()), z, 1));
    }
    return z;
  }
}
