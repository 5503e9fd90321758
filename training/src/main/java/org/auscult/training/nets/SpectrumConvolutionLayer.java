package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The layer of {@link SpectrumConvolution}. A kernel of {@code k} frames that spans all {@code M}
 * bins of a one-channel {@code [n, 1, frames, M]} input sees, at output frame {@code t}, the
 * {@code k·M} numbers that lie one after another in the (zero-padded) input from frame
 * {@code s·t}: the patches are rows of a strided view of the input, no im2col needed. So the
 * forward pass is one copy of those rows into a {@code [n·out, k·M]} matrix (kept for backprop)
 * and one {@code gemm} with the weights; backward, the weight gradient is one {@code gemm} and
 * the input gradient one {@code gemm} and {@code k} shifted sums. DL4J's own layer writes its
 * im2col matrix into a permuted buffer, element by element across strides, and does it twice per
 * step (forward, and again in backprop): two thirds of an embedding-network step on one core.
 *
 * <p>Only that case (NCHW, one input channel, kernel width = input width, horizontal stride 1, no
 * horizontal padding, no dilation, truncate mode, no bias, identity activation, no dropout, weight
 * noise or mask) takes this path; any other is DL4J's own code.
 */
final class SpectrumConvolutionLayer extends ConvolutionLayer {
  private static final String W = ConvolutionParamInitializer.WEIGHT_KEY;

  /** The last training forward pass's patch matrix; null when the next backprop is DL4J's. */
  private INDArray patches;

  SpectrumConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop,
      LayerWorkspaceMgr workspaceMgr) {
    patches = null;
    if (!spansWidth()) {
      return super.preOutput(training, forBackprop, workspaceMgr);
    }
    assertInputSet(forBackprop);
    long n = input.size(0);
    long frames = input.size(2);
    long width = input.size(3);
    int k = layerConf().getKernelSize()[0];
    int stride = layerConf().getStride()[0];
    int pad = layerConf().getPadding()[0];
    long out = (frames + 2L * pad - k) / stride + 1;
    long channels = layerConf().getNOut();

    long paddedFrames = frames + 2L * pad;
    INDArray padded = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
        new long[] {n, paddedFrames, width}, 'c');
    if (pad > 0) {
      padded.get(NDArrayIndex.all(), NDArrayIndex.interval(0, pad), NDArrayIndex.all()).assign(0);
      padded.get(NDArrayIndex.all(), NDArrayIndex.interval(pad + frames, paddedFrames),
          NDArrayIndex.all()).assign(0);
    }
    padded.get(NDArrayIndex.all(), NDArrayIndex.interval(pad, pad + frames), NDArrayIndex.all())
        .assign(input.reshape(n, frames, width));
    // row (i, t) of the patch matrix starts at frame s·t of sample i: overlapping rows of k·M
    INDArray rows = Nd4j.create(padded.data(), new long[] {n, out, k * width},
        new long[] {paddedFrames * width, stride * width, 1}, padded.offset(), 'c');
    INDArray p = workspaceMgr.createUninitialized(
        training ? ArrayType.INPUT : ArrayType.FF_WORKING_MEM, dataType,
        new long[] {n * out, k * width}, 'c');
    p.reshape(n, out, k * width).assign(rows);

    INDArray byFrame = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
        new long[] {n * out, channels}, 'c');
    Nd4j.gemm(p, weights(getParam(W)), byFrame, false, true, 1.0, 0.0);
    INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
        new long[] {n, channels, out, 1}, 'c');
    z.reshape(n, channels, out).assign(byFrame.reshape(n, out, channels).permute(0, 2, 1));
    if (training) {
      patches = p;
    }
    return new Pair<>(z, null);
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon,
      LayerWorkspaceMgr workspaceMgr) {
    if (patches == null || !spansWidth() || epsilon.rank() != 4) {
      patches = null;
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    assertInputSet(true);
    long n = input.size(0);
    long frames = input.size(2);
    long width = input.size(3);
    int k = layerConf().getKernelSize()[0];
    int stride = layerConf().getStride()[0];
    int pad = layerConf().getPadding()[0];
    long channels = layerConf().getNOut();
    long out = epsilon.size(2);

    // the gradient by output frame, [n·out, channels]
    INDArray g = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
        new long[] {n * out, channels}, 'c');
    g.reshape(n, out, channels).assign(epsilon.reshape(n, channels, out).permute(0, 2, 1));

    INDArray dW = gradientViews.get(W);
    Nd4j.gemm(g, patches, weights(dW), true, false, 1.0, 0.0);
    Gradient gradient = new DefaultGradient();
    gradient.gradientForVariable().put(W, dW);

    patches = null;
    if (!((SpectrumConvolution) layerConf()).isInputGradient()) {
      return new Pair<>(gradient, null);
    }
    // each patch's gradient added back where the patch came from, k shifted frame blocks
    INDArray dPatches = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
        new long[] {n * out, k * width}, 'c');
    Nd4j.gemm(g, weights(getParam(W)), dPatches, false, false, 1.0, 0.0);
    long paddedFrames = frames + 2L * pad;
    INDArray dPadded = workspaceMgr.create(ArrayType.BP_WORKING_MEM, dataType,
        new long[] {n, paddedFrames, width}, 'c');
    INDArray byShift = dPatches.reshape(n, out, k, width);
    for (int j = 0; j < k; j++) {
      INDArray target = dPadded.get(NDArrayIndex.all(),
          NDArrayIndex.interval(j, stride, j + stride * (out - 1) + 1), NDArrayIndex.all());
      target.addi(byShift.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(j),
          NDArrayIndex.all()));
    }
    INDArray dInput = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType,
        input.shape(), 'c');
    dInput.reshape(n, frames, width).assign(dPadded.get(NDArrayIndex.all(),
        NDArrayIndex.interval(pad, pad + frames), NDArrayIndex.all()));
    return new Pair<>(gradient, dInput);
  }

  private boolean spansWidth() {
    org.deeplearning4j.nn.conf.layers.ConvolutionLayer c = layerConf();
    int[] kernel = c.getKernelSize();
    int[] stride = c.getStride();
    int[] padding = c.getPadding();
    int[] dilation = c.getDilation();
    return input != null && input.rank() == 4 && input.dataType() == dataType
        && input.size(1) == 1 && c.getNIn() == 1 && input.size(3) == kernel[1]
        && c.getCnn2dDataFormat() == CNN2DFormat.NCHW
        && c.getConvolutionMode() == ConvolutionMode.Truncate
        && stride[1] == 1 && padding[1] == 0 && dilation[0] == 1 && dilation[1] == 1
        && input.size(2) + 2L * padding[0] >= kernel[0]
        && !c.hasBias() && c.getActivationFn() instanceof ActivationIdentity
        && c.getIDropout() == null && c.getWeightNoise() == null && maskArray == null;
  }

  /** DL4J's {@code [channels, 1, k, M]} weights (or their gradient) as a {@code [channels, k·M]} view. */
  private static INDArray weights(INDArray w) {
    return w.reshape(w.size(0), w.length() / w.size(0));
  }
}
