package org.auscult.training.nets;

import java.util.Arrays;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A loss of the whole minibatch (triplets mined in it, a scale adapted to it) whose score is the
 * sum of per-example losses: DL4J's four entry points made from the two a loss defines, the
 * per-example losses and the summed loss with its gradient. The score is divided by the minibatch
 * size when averaged; the gradient never is (DL4J divides it itself). Holds no state, so the JSON
 * DL4J keeps of a subclass is the subclass's own.
 */
abstract class MinibatchLoss implements ILossFunction {
  private static final long serialVersionUID = 1L;

  /** Each example's loss (0 for a masked one), in minibatch order. */
  abstract double[] perExample(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask);

  /** The summed loss and its gradient with respect to {@code preOutput}. */
  abstract Pair<Double, INDArray> sumAndGradient(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask);

  @Override
  public final double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask, boolean average) {
    double sum = sum(perExample(labels, preOutput, activationFn, mask));
    return average ? sum / preOutput.size(0) : sum;
  }

  @Override
  public final INDArray computeScoreArray(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask) {
    double[] loss = perExample(labels, preOutput, activationFn, mask);
    return Nd4j.createFromArray(loss).reshape(loss.length, 1).castTo(preOutput.dataType());
  }

  @Override
  public final INDArray computeGradient(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask) {
    return sumAndGradient(labels, preOutput, activationFn, mask).getSecond();
  }

  @Override
  public final Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask, boolean average) {
    Pair<Double, INDArray> p = sumAndGradient(labels, preOutput, activationFn, mask);
    return Pair.of(average ? p.getFirst() / preOutput.size(0) : p.getFirst(), p.getSecond());
  }

  /** The losses summed in minibatch order (the order fixes the rounding). */
  static double sum(double[] losses) {
    double s = 0;
    for (double v : losses) {
      s += v;
    }
    return s;
  }

  /**
   * Which examples count: all without a mask, else those whose mask value is not 0.
   *
   * @throws IllegalArgumentException when the mask has not one value per example
   */
  static boolean[] live(INDArray mask, int n) {
    boolean[] live = new boolean[n];
    if (mask == null) {
      Arrays.fill(live, true);
      return live;
    }
    double[] m = mask.castTo(DataType.DOUBLE).reshape(mask.length()).toDoubleVector();
    if (m.length != n) {
      throw new IllegalArgumentException("expected a per-example mask of " + n + " values, got "
          + m.length);
    }
    for (int i = 0; i < n; i++) {
      live[i] = m[i] != 0;
    }
    return live;
  }

  /**
   * The labels as class distributions, one row per example.
   *
   * @throws IllegalArgumentException when they are not {@code [n, classes]}
   */
  static double[][] distributions(INDArray labels, int n, int classes) {
    if (labels == null || labels.rank() != 2 || labels.size(0) != n
        || labels.size(1) != classes) {
      throw new IllegalArgumentException("expected labels [" + n + ", " + classes + "] (class "
          + "distributions), got " + (labels == null ? "null" : Arrays.toString(labels.shape())));
    }
    return labels.castTo(DataType.DOUBLE).toDoubleMatrix();
  }
}
