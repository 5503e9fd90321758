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
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The layer of {@link FrameConvolution}: a convolution that moves over frames only, of an NCHW
 * input that is a sequence of {@code D}-vectors, either one channel of {@code D} bins with a
 * kernel as wide as the bins (the clip encoder's first block) or {@code D} channels of width one
 * (its later blocks). Laid out frame-major and zero-padded, the {@code k·D} numbers a kernel of
 * {@code k} frames sees at output frame {@code t} lie one after another from frame {@code s·t}:
 * the patches are rows of a strided view, no im2col needed. Forward: one copy of those rows into
 * a {@code [n·out, k·D]} matrix (kept for backprop) and one {@code gemm}; backward, one
 * {@code gemm} for the weights and, unless left out, one {@code gemm} and {@code k} shifted sums
 * for the input. DL4J's own layer writes its im2col matrix into a permuted buffer, element by
 * element across strides, and does it twice per step (forward, and again in backprop).
 *
 * <p>Only that case (NCHW, horizontal stride 1, no horizontal padding, no dilation, truncate
 * mode, no bias, identity activation, no dropout, weight noise or mask) takes this path, in
 * training and inference alike (the same numbers to rounding); any other is DL4J's own code.
 */
final class FrameConvolutionLayer extends ConvolutionLayer {
  private static final String W = ConvolutionParamInitializer.WEIGHT_KEY;

  /** The last training forward pass's patch matrix; null when the next backprop is DL4J's. */
  private INDArray patches;

  FrameConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop,
      LayerWorkspaceMgr workspaceMgr) {
    patches = null;
    if (!overFrames()) {
      return super.preOutput(training, forBackprop, workspaceMgr);
    }
    assertInputSet(forBackprop);
    Geometry g = new Geometry();
    INDArray padded = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
        new long[] {g.n, g.paddedFrames, g.d}, 'c');
    if (g.pad > 0) {
      padded.get(all(), NDArrayIndex.interval(0, g.pad), all()).assign(0);
      padded.get(all(), NDArrayIndex.interval(g.pad + g.frames, g.paddedFrames), all())
          .assign(0);
    }
    padded.get(all(), NDArrayIndex.interval(g.pad, g.pad + g.frames), all())
        .assign(frameMajor(input, g));
    // row (i, t) of the patch matrix starts at frame s·t of sample i: overlapping rows of k·D
    INDArray rows = Nd4j.create(padded.data(), new long[] {g.n, g.out, g.k * g.d},
        new long[] {g.paddedFrames * g.d, g.stride * g.d, 1}, padded.offset(), 'c');
    INDArray p = workspaceMgr.createUninitialized(
        training ? ArrayType.INPUT : ArrayType.FF_WORKING_MEM, dataType,
        new long[] {g.n * g.out, g.k * g.d}, 'c');
    p.reshape(g.n, g.out, g.k * g.d).assign(rows);

    INDArray byFrame = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
        new long[] {g.n * g.out, g.channels}, 'c');
    Nd4j.gemm(p, frameMajorWeights(getParam(W), g, workspaceMgr, ArrayType.FF_WORKING_MEM),
        byFrame, false, true, 1.0, 0.0);
    INDArray z = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
        new long[] {g.n, g.channels, g.out, 1}, 'c');
    z.reshape(g.n, g.channels, g.out).assign(
        byFrame.reshape(g.n, g.out, g.channels).permute(0, 2, 1));
    if (training) {
      patches = p;
    }
    return new Pair<>(z, null);
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon,
      LayerWorkspaceMgr workspaceMgr) {
    if (patches == null || !overFrames() || epsilon.rank() != 4) {
      // DL4J's backprop runs our forward again (with its own im2col): drop what that keeps
      Pair<Gradient, INDArray> dl4j = super.backpropGradient(epsilon, workspaceMgr);
      patches = null;
      return dl4j;
    }
    assertInputSet(true);
    Geometry g = new Geometry();
    // the gradient by output frame, [n·out, channels]
    INDArray byFrame = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
        new long[] {g.n * g.out, g.channels}, 'c');
    byFrame.reshape(g.n, g.out, g.channels).assign(
        epsilon.reshape(g.n, g.channels, g.out).permute(0, 2, 1));

    INDArray dW = gradientViews.get(W);
    if (g.oneChannel) {
      Nd4j.gemm(byFrame, patches, dW.reshape(g.channels, g.k * g.d), true, false, 1.0, 0.0);
    } else {
      INDArray dRows = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
          new long[] {g.channels, g.k * g.d}, 'c');
      Nd4j.gemm(byFrame, patches, dRows, true, false, 1.0, 0.0);
      // back to DL4J's [out channels, in channels, k, 1] order
      dW.reshape(g.channels, g.d, g.k).assign(
          dRows.reshape(g.channels, g.k, g.d).permute(0, 2, 1));
    }
    Gradient gradient = new DefaultGradient();
    gradient.gradientForVariable().put(W, dW);
    patches = null;
    if (!((FrameConvolution) layerConf()).isInputGradient()) {
      return new Pair<>(gradient, null);
    }

    // each patch's gradient added back where the patch came from, k shifted frame blocks
    INDArray dPatches = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
        new long[] {g.n * g.out, g.k * g.d}, 'c');
    Nd4j.gemm(byFrame, frameMajorWeights(getParam(W), g, workspaceMgr,
        ArrayType.BP_WORKING_MEM), dPatches, false, false, 1.0, 0.0);
    INDArray dPadded = workspaceMgr.create(ArrayType.BP_WORKING_MEM, dataType,
        new long[] {g.n, g.paddedFrames, g.d}, 'c');
    INDArray byShift = dPatches.reshape(g.n, g.out, g.k, g.d);
    for (int j = 0; j < g.k; j++) {
      dPadded.get(all(), NDArrayIndex.interval(j, g.stride, j + g.stride * (g.out - 1) + 1),
          all()).addi(byShift.get(all(), all(), NDArrayIndex.point(j), all()));
    }
    INDArray dInput = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType,
        input.shape(), 'c');
    frameMajor(dInput, g).assign(
        dPadded.get(all(), NDArrayIndex.interval(g.pad, g.pad + g.frames), all()));
    return new Pair<>(gradient, dInput);
  }

  @Override
  public void clear() {
    super.clear();
    patches = null;
  }

  /** The layer's shapes for the current input. */
  private final class Geometry {
    final long n = input.size(0);
    final boolean oneChannel = input.size(1) == 1 && input.size(3) > 1;
    final long frames = input.size(2);
    final long d = oneChannel ? input.size(3) : input.size(1);
    final int k = layerConf().getKernelSize()[0];
    final int stride = layerConf().getStride()[0];
    final int pad = layerConf().getPadding()[0];
    final long paddedFrames = frames + 2L * pad;
    final long out = (paddedFrames - k) / stride + 1;
    final long channels = layerConf().getNOut();
  }

  /** {@code [n, C, frames, W]} as a {@code [n, frames, D]} view (a copy where it must be one). */
  private static INDArray frameMajor(INDArray x, Geometry g) {
    return g.oneChannel ? x.reshape(g.n, g.frames, g.d)
        : x.reshape(g.n, g.d, g.frames).permute(0, 2, 1);
  }

  /**
   * DL4J's {@code [channels, C, k, W]} weights as {@code [channels, k·D]} rows in the patches'
   * frame-major order: a view for one input channel, a copy of the (small) weights otherwise.
   */
  private INDArray frameMajorWeights(INDArray w, Geometry g, LayerWorkspaceMgr workspaceMgr,
      ArrayType type) {
    if (g.oneChannel) {
      return w.reshape(g.channels, g.k * g.d);
    }
    INDArray rows = workspaceMgr.createUninitialized(type, dataType,
        new long[] {g.channels, g.k, g.d}, 'c');
    rows.assign(w.reshape(g.channels, g.d, g.k).permute(0, 2, 1));
    return rows.reshape(g.channels, g.k * g.d);
  }

  private boolean overFrames() {
    org.deeplearning4j.nn.conf.layers.ConvolutionLayer c = layerConf();
    int[] kernel = c.getKernelSize();
    int[] stride = c.getStride();
    int[] padding = c.getPadding();
    int[] dilation = c.getDilation();
    if (input == null || input.rank() != 4 || input.dataType() != dataType
        || input.size(1) != c.getNIn()) {
      return false;
    }
    boolean spectrum = input.size(1) == 1 && kernel[1] == input.size(3);
    boolean sequence = input.size(3) == 1 && kernel[1] == 1;
    return (spectrum || sequence)
        && c.getCnn2dDataFormat() == CNN2DFormat.NCHW
        && c.getConvolutionMode() == ConvolutionMode.Truncate
        && stride[1] == 1 && padding[1] == 0 && dilation[0] == 1 && dilation[1] == 1
        && input.size(2) + 2L * padding[0] >= kernel[0]
        && !c.hasBias() && c.getActivationFn() instanceof ActivationIdentity
        && c.getIDropout() == null && c.getWeightNoise() == null && maskArray == null;
  }

  private static INDArrayIndex all() {
    return NDArrayIndex.all();
  }
}
