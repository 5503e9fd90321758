package org.auscult.training.nets;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layer of {@link GemmBatchNormalization}. In training it needs 6 native ops forward and 7
 * backward, where DL4J's own layer issues about 54 and libnd4j's {@code batchnorm}/{@code
 * batchnorm_bp} ops take longer than all 13: their sums over the batch walk the array column by
 * column. Here the input is a {@code [batch, features]} matrix (rank 2, or an NCHW activation
 * read as {@code [batch, C·H·W]}, a channel's statistics pooled over its H·W features), every
 * sum over the batch is a {@link BatchSum}, the rest are row-broadcast and element-wise ops, and
 * the per-feature arithmetic (a few thousand numbers at most) happens in Java.
 *
 * <p>The running statistics move as DL4J moves them: as "gradients" that the layer's no-op
 * updater subtracts, {@code (1 − decay)·(running − batch)} for the mean and the matching change of
 * log10(std) (or of the variance). Everything else (inference, NHWC or rank-3 input, fixed gamma
 * and beta) is DL4J's own code.
 */
final class GemmBatchNormalizationLayer extends BatchNormalization {
  private static final String GAMMA = BatchNormalizationParamInitializer.GAMMA;
  private static final String BETA = BatchNormalizationParamInitializer.BETA;
  private static final String MEAN = BatchNormalizationParamInitializer.GLOBAL_MEAN;
  private static final String VAR = BatchNormalizationParamInitializer.GLOBAL_VAR;
  private static final String LOG_STD = BatchNormalizationParamInitializer.GLOBAL_LOG_STD;

  private final BatchSum batchSum;
  /**
   * The last training forward pass's input minus its batch mean, as {@code [batch, features]};
   * null when the next backprop is DL4J's.
   */
  private INDArray centred;
  /** Features per channel: H·W for NCHW input, 1 for rank 2. */
  private int group;
  private double[] batchMean;
  private double[] batchVariance;
  private double[] invStd;
  private double[] scale;

  GemmBatchNormalizationLayer(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
    batchSum = new BatchSum(dataType);
  }

  @Override
  public INDArray preOutput(INDArray x, TrainingMode training, LayerWorkspaceMgr workspaceMgr) {
    centred = null;
    if (!plain(x, training)) {
      return super.preOutput(x, training, workspaceMgr);
    }
    group = x.rank() == 4 ? (int) (x.size(2) * x.size(3)) : 1;
    INDArray x2 = x.reshape('c', x.size(0), x.length() / x.size(0));
    long n = x2.size(0) * group;
    long[] shape = x2.shape();
    INDArray sums = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
        new long[] {1, shape[1]}, 'c');

    batchMean = sumOverBatch(x2, sums);
    divide(batchMean, n);
    INDArray xc = workspaceMgr.createUninitialized(ArrayType.INPUT, dataType, shape, 'c');
    Nd4j.exec(new BroadcastSubOp(x2, row(workspaceMgr, ArrayType.FF_WORKING_MEM, batchMean), xc,
        1));
    INDArray squares = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
        shape, 'c');
    Nd4j.exec(new MulOp(xc, xc, squares));
    batchVariance = sumOverBatch(squares, sums);
    divide(batchVariance, n);

    double eps = layerConf().getEps();
    double[] gamma = read(getParam(GAMMA));
    int channels = gamma.length;
    invStd = new double[channels];
    scale = new double[channels];
    for (int i = 0; i < channels; i++) {
      invStd[i] = 1 / Math.sqrt(batchVariance[i] + eps);
      scale[i] = gamma[i] * invStd[i];
    }
    INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, x.shape(),
        'c');
    INDArray out2 = out.reshape('c', shape);
    Nd4j.exec(new BroadcastMulOp(xc, row(workspaceMgr, ArrayType.FF_WORKING_MEM, scale), out2,
        1));
    Nd4j.exec(new BroadcastAddOp(out2,
        row(workspaceMgr, ArrayType.FF_WORKING_MEM, read(getParam(BETA))), out2, 1));
    centred = xc;
    return out;
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon,
      LayerWorkspaceMgr workspaceMgr) {
    if (centred == null) {
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    if (!Arrays.equals(epsilon.shape(), input.shape())) {
      throw new IllegalStateException("batch norm " + layerId() + ": gradient of shape "
          + Arrays.toString(epsilon.shape()) + " for an output of shape "
          + Arrays.toString(input.shape()));
    }
    assertInputSet(true);
    INDArray g = epsilon.reshape('c', centred.shape());
    long n = g.size(0) * group;
    long[] shape = g.shape();
    int channels = invStd.length;
    INDArray sums = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
        new long[] {1, shape[1]}, 'c');

    // dL/dbeta = Σ g, dL/dgamma = Σ g·x̂ = invStd·Σ g·(x − mean)
    double[] sumG = sumOverBatch(g, sums);
    INDArray work = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, shape,
        'c');
    Nd4j.exec(new MulOp(g, centred, work));
    double[] sumGc = sumOverBatch(work, sums);
    double[] dGamma = new double[channels];
    // dL/dx = a·g − a·Σg/n − (x − mean)·a·invStd²·Σ g·(x − mean)/n, a = gamma·invStd
    double[] shift = new double[channels];
    double[] slope = new double[channels];
    for (int i = 0; i < channels; i++) {
      dGamma[i] = invStd[i] * sumGc[i];
      shift[i] = -scale[i] * sumG[i] / n;
      slope[i] = -scale[i] * invStd[i] * invStd[i] * sumGc[i] / n;
    }
    INDArray dLdI = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType,
        input.shape(), 'c');
    INDArray dLdI2 = dLdI.reshape('c', shape);
    Nd4j.exec(new BroadcastMulOp(g, row(workspaceMgr, ArrayType.BP_WORKING_MEM, scale), dLdI2,
        1));
    Nd4j.exec(new BroadcastMulOp(centred, row(workspaceMgr, ArrayType.BP_WORKING_MEM, slope), work,
        1));
    dLdI2.addi(work);
    Nd4j.exec(new BroadcastAddOp(dLdI2, row(workspaceMgr, ArrayType.BP_WORKING_MEM, shift), dLdI2,
        1));

    Gradient gradient = new DefaultGradient();
    gradient.setGradientFor(GAMMA, put(gradientViews.get(GAMMA), dGamma));
    gradient.setGradientFor(BETA, put(gradientViews.get(BETA), sumG));
    moveRunningStatistics(gradient);
    centred = null;
    return new Pair<>(gradient, dLdI);
  }

  @Override
  public void clear() {
    super.clear();
    centred = null;
  }

  private boolean plain(INDArray x, TrainingMode training) {
    boolean matrix = x.rank() == 2;
    boolean nchw = x.rank() == 4 && layerConf().getCnn2DFormat() == CNN2DFormat.NCHW;
    return training == TrainingMode.TRAIN && (matrix || nchw) && x.dataType() == dataType
        && !layerConf().isLockGammaBeta() && x.size(1) == layerConf().getNOut();
  }

  /**
   * Σ over the batch of each feature of {@code a} ({@code [batch, features]}), through
   * {@code sums}, then over each channel's {@link #group} features.
   */
  private double[] sumOverBatch(INDArray a, INDArray sums) {
    batchSum.into(a, sums);
    double[] byFeature = read(sums);
    if (group == 1) {
      return byFeature;
    }
    double[] byChannel = new double[byFeature.length / group];
    for (int f = 0; f < byFeature.length; f++) {
      byChannel[f / group] += byFeature[f];
    }
    return byChannel;
  }

  /** DL4J's update of the running statistics, written as the gradients its no-op updater applies. */
  private void moveRunningStatistics(Gradient gradient) {
    double decay = layerConf().getDecay();
    int width = batchMean.length;
    double[] runningMean = read(getParam(MEAN));
    double[] dMean = new double[width];
    for (int i = 0; i < width; i++) {
      dMean[i] = (runningMean[i] - batchMean[i]) * (1 - decay);
    }
    gradient.setGradientFor(MEAN, put(gradientViews.get(MEAN), dMean));
    if (layerConf().isUseLogStd()) {
      double[] log10Std = read(getParam(LOG_STD));
      double[] dLog10Std = new double[width];
      for (int i = 0; i < width; i++) {
        double before = Math.pow(10, 2 * log10Std[i]);
        double after = decay * before + (1 - decay) * batchVariance[i];
        // log10(std before) − log10(std after) = ln(var before / var after) / (2 ln 10)
        dLog10Std[i] = Math.log(before / after) / (2 * Math.log(10));
      }
      gradient.setGradientFor(LOG_STD, put(gradientViews.get(LOG_STD), dLog10Std));
    } else {
      double[] runningVariance = read(getParam(VAR));
      double[] dVariance = new double[width];
      for (int i = 0; i < width; i++) {
        dVariance[i] = (runningVariance[i] - batchVariance[i]) * (1 - decay);
      }
      gradient.setGradientFor(VAR, put(gradientViews.get(VAR), dVariance));
    }
  }

  /**
   * A row of the layer's type holding {@code values} per channel, each repeated for its
   * {@link #group} features, in the workspace of {@code type}.
   */
  private INDArray row(LayerWorkspaceMgr workspaceMgr, ArrayType type, double[] values) {
    INDArray row = workspaceMgr.createUninitialized(type, dataType,
        new long[] {(long) values.length * group}, 'c');
    for (int f = 0; f < values.length * group; f++) {
      row.putScalar(f, values[f / group]);
    }
    return row;
  }

  // element by element through the buffer's indexer: a few hundred numbers, where a copy or a
  // cast would each be one more native op
  private static double[] read(INDArray vector) {
    double[] values = new double[(int) vector.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = vector.getDouble(i);
    }
    return values;
  }

  private static INDArray put(INDArray view, double[] values) {
    for (int i = 0; i < values.length; i++) {
      view.putScalar(i, values[i]);
    }
    return view;
  }

  private static void divide(double[] values, long n) {
    for (int i = 0; i < values.length; i++) {
      values[i] /= n;
    }
  }
}
