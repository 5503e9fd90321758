package org.auscult.training.nets;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Sub-cluster AdaCos (Wilkinghoff 2021, after AdaCos by Zhang et al. 2019): a softmax over the
 * cosines between a unit-norm embedding and {@code classes × subclusters} fixed centres, the
 * probability of a class being the sum over its sub-clusters, cross-entropy against the labels,
 * and a scale that adapts so the target angles stay where the softmax has a useful gradient.
 *
 * <p>The centres are drawn at random (seeded) on the unit sphere and never trained, and there are
 * no biases: the embedding, not a classifier head, has to carry the classes, so normal clips of a
 * class gather around its sub-cluster centres and anything else (an anomaly) lands away from them.
 *
 * <p><b>Labels</b>: {@code [batch, classes]} class distributions: one-hot rows, or mixed rows of two
 * classes (mixup). <b>Scale</b>: it starts at {@code √2 · ln(classes·subclusters − 1)}; with
 * {@code adaptive}, each training step sets it to {@code ln(B) / cos(min(π/4, θ))} from its
 * minibatch, B being the mean over examples of the summed exponentiated scaled cosines of the
 * classes an example is not labelled with, θ the median angle between an example and its class (the
 * label-weighted angle to each labelled class's nearest sub-cluster centre). The scale only steers
 * training; the embedding used for scoring does not depend on it.
 *
 * <p>The gradient is that of the summed per-example losses (DL4J divides by the minibatch size).
 * The settings and their JSON bean shape (DL4J keeps the loss inside the model's configuration)
 * are {@link FixedCentreLoss}'s.
 */
public final class SubclusterAdaCos extends FixedCentreLoss {
  private static final long serialVersionUID = 1L;
  private static final double TINY = 1e-30;

  /** For Jackson. */
  public SubclusterAdaCos() {}

  public SubclusterAdaCos(int classes, int subclusters, int dimension, long centreSeed,
      boolean adaptive) {
    super(classes, subclusters, dimension, centreSeed, adaptive);
    if (classes < 1 || subclusters < 1 || dimension < 1 || classes * subclusters < 2) {
      throw new IllegalArgumentException("need classes, subclusters and dimension >= 1 and at "
          + "least 2 centres, got " + classes + ", " + subclusters + ", " + dimension);
    }
  }

  /** Unit columns, class-major. */
  @Override
  double[][] makeCentres() {
    return FixedCentres.unit(getDimension(), getClasses() * getSubclusters(), getCentreSeed());
  }

  @Override
  double[] perExample(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask) {
    return forward(cosines(labels, preOutput, activationFn, mask)).loss;
  }

  @Override
  Pair<Double, INDArray> sumAndGradient(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask) {
    Cosines batch = cosines(labels, preOutput, activationFn, mask);
    if (isAdaptive()) {
      adapt(batch);
    }
    int classes = getClasses();
    int subclusters = getSubclusters();
    double scale = getScale();
    Forward f = forward(batch);
    int n = f.cos.length;
    int m = classes * subclusters;
    double[][] dz = new double[n][m];
    double sum = 0;
    for (int b = 0; b < n; b++) {
      sum += f.loss[b];
      if (!f.live[b]) {
        continue;
      }
      for (int c = 0; c < classes; c++) {
        double y = f.labels[b][c];
        double pc = Math.max(f.classProb[b][c], TINY);
        for (int k = 0; k < subclusters; k++) {
          int j = c * subclusters + k;
          double p = f.prob[b][j];
          dz[b][j] = scale * (p - y * p / pc);
        }
      }
    }
    return throughCentres(sum, dz, preOutput, activationFn);
  }

  /**
   * The minibatch's embeddings against every centre, its labels and which examples count: what
   * the scale's adaptation and the forward pass both start from (neither depends on the scale).
   */
  private Cosines cosines(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask) {
    double[][] cos = dotsWithCentres(preOutput, activationFn);
    int n = cos.length;
    return new Cosines(cos, distributions(labels, n, getClasses()), live(mask, n));
  }

  /** The scaled softmax over the centres, the class probabilities and the losses. */
  private Forward forward(Cosines batch) {
    int classes = getClasses();
    int subclusters = getSubclusters();
    double scale = getScale();
    double[][] cos = batch.cos();
    double[][] y = batch.labels();
    boolean[] live = batch.live();
    int n = cos.length;
    int m = classes * subclusters;
    double[][] prob = new double[n][m];
    double[][] classProb = new double[n][classes];
    double[] loss = new double[n];
    for (int b = 0; b < n; b++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < m; j++) {
        max = Math.max(max, scale * cos[b][j]);
      }
      double z = 0;
      for (int j = 0; j < m; j++) {
        prob[b][j] = Math.exp(scale * cos[b][j] - max);
        z += prob[b][j];
      }
      for (int j = 0; j < m; j++) {
        prob[b][j] /= z;
        classProb[b][j / subclusters] += prob[b][j];
      }
      if (live[b]) {
        for (int c = 0; c < classes; c++) {
          if (y[b][c] != 0) {
            loss[b] -= y[b][c] * Math.log(Math.max(classProb[b][c], TINY));
          }
        }
      }
    }
    return new Forward(cos, y, live, prob, classProb, loss);
  }

  /** Sets the scale from this minibatch (AdaCos's dynamic scale). */
  private void adapt(Cosines batch) {
    int classes = getClasses();
    int subclusters = getSubclusters();
    double scale = getScale();
    double[][] cos = batch.cos();
    double[][] y = batch.labels();
    boolean[] live = batch.live();
    int n = cos.length;
    double[] others = new double[n];
    double[] angles = new double[n];
    int counted = 0;
    for (int b = 0; b < n; b++) {
      if (!live[b]) {
        continue;
      }
      double sum = 0;
      double angle = 0;
      for (int c = 0; c < classes; c++) {
        double nearest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < subclusters; k++) {
          double v = cos[b][c * subclusters + k];
          if (y[b][c] == 0) {
            sum += Math.exp(scale * v);
          }
          nearest = Math.min(nearest, Math.acos(Math.max(-1, Math.min(1, v))));
        }
        angle += y[b][c] * nearest;
      }
      others[counted] = sum;
      angles[counted] = angle;
      counted++;
    }
    setScale(AngularScale.next(scale, others, angles, counted));
  }

  /** A minibatch's cosines to every centre, its label distributions and its live examples. */
  private record Cosines(double[][] cos, double[][] labels, boolean[] live) {}

  /** One forward pass over a minibatch. */
  private record Forward(double[][] cos, double[][] labels, boolean[] live, double[][] prob,
      double[][] classProb, double[] loss) {}
}
