package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layer of {@link GemmDense}. On rank-2 input without dropout, weight noise, layer norm or
 * mask its forward product is {@link LinearForward}'s (no copy), in training and inference alike.
 * Backward, for a linear layer, DL4J's own code computes the forward product a second time to
 * get the activation's derivative, which for the identity is the incoming gradient itself, and
 * sums the bias gradient column by column; here the bias gradient is a product with a row of
 * ones and the weight gradient and the next layer's gradient are one {@code gemm} each. Any other
 * case is DL4J's own code.
 */
final class GemmDenseLayer extends DenseLayer {
  private static final String W = DefaultParamInitializer.WEIGHT_KEY;
  private static final String B = DefaultParamInitializer.BIAS_KEY;

  private final BatchSum batchSum;

  GemmDenseLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
    batchSum = new BatchSum(dataType);
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

  @Override
  public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon,
      LayerWorkspaceMgr workspaceMgr) {
    if (!LinearForward.applies(this)
        || !(layerConf().getActivationFn() instanceof ActivationIdentity) || epsilon.rank() != 2) {
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    assertInputSet(true);
    long n = input.size(0);
    Gradient gradient = new DefaultGradient();
    if (hasBias()) {
      INDArray biasGradient = gradientViews.get(B);
      batchSum.into(epsilon, biasGradient);
      gradient.gradientForVariable().put(B, biasGradient);
    }
    INDArray weightGradient = gradientViews.get(W);
    Nd4j.gemm(input, epsilon, weightGradient, true, false, 1.0, 0.0);
    gradient.gradientForVariable().put(W, weightGradient);
    INDArray w = getParam(W);
    INDArray next = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType,
        new long[] {n, w.size(0)}, 'c');
    Nd4j.gemm(epsilon, w, next, false, true, 1.0, 0.0);
    return new Pair<>(gradient, next);
  }
}
