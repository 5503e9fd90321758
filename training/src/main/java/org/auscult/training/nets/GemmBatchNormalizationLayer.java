package org.auscult.training.nets;

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
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layer of {@link GemmBatchNormalization}. In training on rank-2 input ({@code [batch,
 * features]}) it needs 6 native ops forward and 7 backward, where DL4J's own layer issues about 54
 * and libnd4j's {@code batchnorm}/{@code batchnorm_bp} ops take longer than all 13: their sums
 * over the batch walk the array column by column. Here every sum over the batch is a
 * {@link BatchSum}, the rest are row-broadcast and element-wise ops, and the per-feature
 * arithmetic (a few hundred numbers) happens in Java.
 *
 * <p>The running statistics move as DL4J moves them: as "gradients" that the layer's no-op
 * updater subtracts, {@code (1 − decay)·(running − batch)} for the mean and the matching change of
 * log10(std) (or of the variance). Everything else (inference, rank 4, fixed gamma and beta) is
 * DL4J's own code.
 */
final class GemmBatchNormalizationLayer extends BatchNormalization {
  private static final String GAMMA = BatchNormalizationParamInitializer.GAMMA;
  private static final String BETA = BatchNormalizationParamInitializer.BETA;
  private static final String MEAN = BatchNormalizationParamInitializer.GLOBAL_MEAN;
  private static final String VAR = BatchNormalizationParamInitializer.GLOBAL_VAR;
  private static final String LOG_STD = BatchNormalizationParamInitializer.GLOBAL_LOG_STD;

  private final BatchSum batchSum;
  /** The last training forward pass's input minus its batch mean; null when backprop is DL4J's. */
  private INDArray centred;
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
    if (!native2d(x, training)) {
      return super.preOutput(x, training, workspaceMgr);
    }
    long n = x.size(0);
    int width = (int) x.size(1);
    long[] shape = x.shape();
    INDArray sums = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
        new long[] {1, width}, 'c');

    batchMean = sumOverBatch(x, sums);
    divide(batchMean, n);
    INDArray xc = workspaceMgr.createUninitialized(ArrayType.INPUT, dataType, shape, 'c');
    Nd4j.exec(new BroadcastSubOp(x, row(workspaceMgr, ArrayType.FF_WORKING_MEM, batchMean), xc,
        1));
    INDArray squares = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, dataType,
        shape, 'c');
    Nd4j.exec(new MulOp(xc, xc, squares));
    batchVariance = sumOverBatch(squares, sums);
    divide(batchVariance, n);

    double eps = layerConf().getEps();
    double[] gamma = read(getParam(GAMMA));
    invStd = new double[width];
    scale = new double[width];
    for (int i = 0; i < width; i++) {
      invStd[i] = 1 / Math.sqrt(batchVariance[i] + eps);
      scale[i] = gamma[i] * invStd[i];
    }
    INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, shape, 'c');
    Nd4j.exec(new BroadcastMulOp(xc, row(workspaceMgr, ArrayType.FF_WORKING_MEM, scale), out, 1));
    Nd4j.exec(new BroadcastAddOp(out, vector(getParam(BETA)), out, 1));
    centred = xc;
    return out;
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon,
      LayerWorkspaceMgr workspaceMgr) {
    if (centred == null) {
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    if (epsilon.rank() != 2 || epsilon.size(0) != centred.size(0)
        || epsilon.size(1) != centred.size(1)) {
      throw new IllegalStateException("batch norm " + layerId() + ": gradient of shape "
          + java.util.Arrays.toString(epsilon.shape()) + " for an output of shape "
          + java.util.Arrays.toString(centred.shape()));
    }
    assertInputSet(true);
    INDArray g = Shape.hasDefaultStridesForShape(epsilon) ? epsilon : epsilon.dup('c');
    long n = g.size(0);
    int width = (int) g.size(1);
    long[] shape = g.shape();
    INDArray sums = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
        new long[] {1, width}, 'c');

    // dL/dbeta = Σ g, dL/dgamma = Σ g·x̂ = invStd·Σ g·(x − mean)
    double[] sumG = sumOverBatch(g, sums);
    INDArray work = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, shape,
        'c');
    Nd4j.exec(new MulOp(g, centred, work));
    double[] sumGc = sumOverBatch(work, sums);
    double[] dGamma = new double[width];
    // dL/dx = a·g − a·Σg/n − (x − mean)·a·invStd²·Σ g·(x − mean)/n, a = gamma·invStd
    double[] shift = new double[width];
    double[] slope = new double[width];
    for (int i = 0; i < width; i++) {
      dGamma[i] = invStd[i] * sumGc[i];
      shift[i] = -scale[i] * sumG[i] / n;
      slope[i] = -scale[i] * invStd[i] * invStd[i] * sumGc[i] / n;
    }
    INDArray dLdI = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, shape,
        'c');
    Nd4j.exec(new BroadcastMulOp(g, row(workspaceMgr, ArrayType.BP_WORKING_MEM, scale), dLdI, 1));
    Nd4j.exec(new BroadcastMulOp(centred, row(workspaceMgr, ArrayType.BP_WORKING_MEM, slope), work,
        1));
    dLdI.addi(work);
    Nd4j.exec(new BroadcastAddOp(dLdI, row(workspaceMgr, ArrayType.BP_WORKING_MEM, shift), dLdI,
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

  private boolean native2d(INDArray x, TrainingMode training) {
    return training == TrainingMode.TRAIN && x.rank() == 2 && x.dataType() == dataType
        && !layerConf().isLockGammaBeta() && x.size(1) == layerConf().getNOut()
        && Shape.hasDefaultStridesForShape(x);
  }

  /** Σ over the batch of each column of {@code a}, through {@code sums}. */
  private double[] sumOverBatch(INDArray a, INDArray sums) {
    batchSum.into(a, sums);
    return read(sums);
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

  /** A vector of the layer's type holding {@code values}, in the workspace of {@code type}. */
  private INDArray row(LayerWorkspaceMgr workspaceMgr, ArrayType type, double[] values) {
    return put(workspaceMgr.createUninitialized(type, dataType, new long[] {values.length}, 'c'),
        values);
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

  /** A parameter view as the rank-1 vector the broadcast ops take (a view, not a copy). */
  private static INDArray vector(INDArray view) {
    return view.rank() == 1 ? view : view.reshape(view.length());
  }
}
