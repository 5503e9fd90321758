package org.auscult.training.nets;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batch-hard triplet loss (Hermans, Beyer and Leibe 2017) on squared Euclidean distances, with
 * FaceNet's margin 0.2 by default.
 *
 * <p>For every anchor i of the minibatch, its hardest positive p (the farthest example with the
 * same label, other than i) and hardest negative n (the nearest example with another label) give
 * {@code loss_i = max(0, ‖x_i − x_p‖² − ‖x_i − x_n‖² + margin)}, x being the layer's activations
 * (the L2-normalised embeddings, where ‖a − b‖² = 2 − 2·cos(a, b)); with {@code softMargin}, the
 * smooth {@code ln(1 + exp(‖x_i − x_p‖² − ‖x_i − x_n‖²))} instead (Hermans et al.'s soft margin:
 * every triplet keeps pulling, so the embedding does not stop at the margin and collapse onto it).
 * An anchor with no positive or
 * no negative in the batch contributes 0. The score is Σ loss_i, divided by the minibatch size
 * when averaged; the gradient is that of Σ loss_i (DL4J divides by the minibatch size itself).
 * Squared distances are used, as in FaceNet, because they have a gradient everywhere (the plain
 * Euclidean distance has none where two embeddings coincide).
 *
 * <p><b>Labels</b>: one column holding each example's integer class id (as a float), shape
 * {@code [batch, 1]}: the group of (section, attribute) it belongs to. This keeps the network
 * independent of the number of groups, which the loss never needs. One-hot rows ({@code [batch, C]},
 * C &gt; 1) are accepted too and read by their arg-max. A per-example mask ({@code [batch, 1]})
 * removes examples both as anchors and as candidates.
 *
 * <p>DL4J saves this class inside the model's JSON configuration through Jackson: it needs the
 * public no-argument constructor, the getter/setter pair and equals/hashCode kept here.
 */
public final class BatchHardTripletLoss extends MinibatchLoss {
  private static final long serialVersionUID = 1L;
  /** FaceNet's margin. */
  public static final double DEFAULT_MARGIN = 0.2;

  private double margin = DEFAULT_MARGIN;
  private boolean softMargin;

  /** With the default margin, 0.2; for Jackson. */
  public BatchHardTripletLoss() {}

  public BatchHardTripletLoss(double margin) {
    setMargin(margin);
  }

  /** With the soft margin when {@code softMargin}, else the hinge at {@code margin}. */
  public BatchHardTripletLoss(double margin, boolean softMargin) {
    this(margin);
    this.softMargin = softMargin;
  }

  public boolean isSoftMargin() {
    return softMargin;
  }

  public void setSoftMargin(boolean softMargin) {
    this.softMargin = softMargin;
  }

  public double getMargin() {
    return margin;
  }

  public void setMargin(double margin) {
    if (!(margin >= 0)) {
      throw new IllegalArgumentException("margin must be >= 0, got " + margin);
    }
    this.margin = margin;
  }

  @Override
  double[] perExample(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask) {
    return mine(labels, preOutput, activationFn, mask, null);
  }

  @Override
  Pair<Double, INDArray> sumAndGradient(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask) {
    int n = (int) preOutput.size(0);
    int d = (int) preOutput.size(1);
    double[][] dLdOut = new double[n][d];
    double[] loss = mine(labels, preOutput, activationFn, mask, dLdOut);
    INDArray grad = Nd4j.create(dLdOut).castTo(preOutput.dataType());
    INDArray dLdPre = activationFn.backprop(preOutput.dup(), grad).getFirst();
    return Pair.of(sum(loss), dLdPre);
  }

  /**
   * Finds each anchor's hardest positive and negative and returns each anchor's loss; adds the
   * gradient of Σ loss_i with respect to the activations into {@code gradient} when it is not null.
   */
  private double[] mine(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask, double[][] gradient) {
    if (preOutput.rank() != 2) {
      throw new IllegalArgumentException("expected activations of shape [batch, dim], got "
          + java.util.Arrays.toString(preOutput.shape()));
    }
    INDArray out = activationFn.getActivation(preOutput.dup(), true);
    double[][] x = out.castTo(DataType.DOUBLE).toDoubleMatrix();
    int n = x.length;
    int[] label = classIds(labels, n);
    boolean[] live = live(mask, n);
    double[][] dist = squaredDistances(x);
    double[] loss = new double[n];
    for (int i = 0; i < n; i++) {
      if (!live[i]) {
        continue;
      }
      int hardestPositive = -1;
      int hardestNegative = -1;
      for (int j = 0; j < n; j++) {
        if (j == i || !live[j]) {
          continue;
        }
        if (label[j] == label[i]) {
          if (hardestPositive < 0 || dist[i][j] > dist[i][hardestPositive]) {
            hardestPositive = j;
          }
        } else if (hardestNegative < 0 || dist[i][j] < dist[i][hardestNegative]) {
          hardestNegative = j;
        }
      }
      if (hardestPositive < 0 || hardestNegative < 0) {
        continue;
      }
      double gap = dist[i][hardestPositive] - dist[i][hardestNegative];
      double slope;
      if (softMargin) {
        // ln(1 + e^gap), computed without overflow; its slope is the logistic of the gap
        loss[i] = gap > 0 ? gap + Math.log1p(Math.exp(-gap)) : Math.log1p(Math.exp(gap));
        slope = 1 / (1 + Math.exp(-gap));
      } else {
        double hinge = gap + margin;
        if (hinge <= 0) {
          continue;
        }
        loss[i] = hinge;
        slope = 1;
      }
      if (gradient != null) {
        double[] xi = x[i];
        double[] xp = x[hardestPositive];
        double[] xn = x[hardestNegative];
        for (int k = 0; k < xi.length; k++) {
          gradient[i][k] += slope * 2 * (xn[k] - xp[k]);
          gradient[hardestPositive][k] += slope * 2 * (xp[k] - xi[k]);
          gradient[hardestNegative][k] += slope * 2 * (xi[k] - xn[k]);
        }
      }
    }
    return loss;
  }

  private static int[] classIds(INDArray labels, int n) {
    if (labels == null || labels.size(0) != n) {
      throw new IllegalArgumentException("expected labels of shape [" + n + ", 1] (class ids), got "
          + (labels == null ? "null" : java.util.Arrays.toString(labels.shape())));
    }
    int[] ids = new int[n];
    if (labels.size(1) == 1) {
      double[] v = labels.castTo(DataType.DOUBLE).reshape(n).toDoubleVector();
      for (int i = 0; i < n; i++) {
        ids[i] = (int) Math.round(v[i]);
      }
    } else {
      long[] arg = labels.argMax(1).toLongVector();
      for (int i = 0; i < n; i++) {
        ids[i] = (int) arg[i];
      }
    }
    return ids;
  }

  private static double[][] squaredDistances(double[][] x) {
    int n = x.length;
    double[][] dist = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = 0;
        for (int k = 0; k < x[i].length; k++) {
          double diff = x[i][k] - x[j][k];
          s += diff * diff;
        }
        dist[i][j] = s;
        dist[j][i] = s;
      }
    }
    return dist;
  }

  @Override
  public String name() {
    return softMargin ? "BatchHardTripletLoss(soft margin)"
        : "BatchHardTripletLoss(margin=" + margin + ")";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchHardTripletLoss other
        && Double.compare(margin, other.margin) == 0 && softMargin == other.softMargin;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(margin) * 31 + Boolean.hashCode(softMargin);
  }
}
