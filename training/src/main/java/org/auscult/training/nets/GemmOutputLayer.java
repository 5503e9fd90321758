package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The layer of {@link GemmOutput}: DL4J's output layer with {@link LinearForward}'s product. */
final class GemmOutputLayer extends OutputLayer {
  GemmOutputLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  protected Pair<INDArray, INDArray> preOutputWithPreNorm(boolean training, boolean forBackprop,
      LayerWorkspaceMgr workspaceMgr) {
    if (!LinearForward.applies(this)) {
      return super.preOutputWithPreNorm(training, forBackprop, workspaceMgr);
    }
    assertInputSet(forBackprop);
    INDArray z = LinearForward.of(this, workspaceMgr);
    return new Pair<>(z, z);
  }
}
