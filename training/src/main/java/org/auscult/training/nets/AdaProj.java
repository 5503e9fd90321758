package org.auscult.training.nets;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * AdaProj (Wilkinghoff 2024): an angular-margin loss on class <em>subspaces</em>. Each class owns
 * a fixed, never-trained subspace spanned by {@code subspace} random orthonormal directions; the
 * logit of a class is the cosine between the unit embedding and its projection onto that subspace
 * (the length of the projection), times an adaptive scale; softmax and cross-entropy against
 * one-hot or mixed labels. Where sub-cluster AdaCos pulls a class's clips onto a few points, here
 * anywhere in the class's subspace is as good, so normal clips keep more of how they differ and
 * an anomaly still lands off the subspace.
 *
 * <p>The class directions are made orthonormal (Gram–Schmidt on seeded Gaussian draws), so the
 * projection is exact; the published layer projects on the raw unit directions, which is the same
 * when they are orthogonal. The scale is AdaCos's ({@link AngularScale}) over the C classes'
 * cosines, starting at {@code √2 · ln(C·subspace − 1)} as the published layer does. The gradient
 * is that of the summed per-example losses (DL4J divides by the minibatch size). The settings
 * and their JSON bean shape are {@link FixedCentreLoss}'s.
 */
public final class AdaProj extends FixedCentreLoss {
  private static final long serialVersionUID = 1L;
  private static final double TINY = 1e-30;

  /** For Jackson. */
  public AdaProj() {}

  /**
   * @param subspace directions per class, the dimension of its subspace ({@code subclusters}
   *     in the configuration and in the saved JSON)
   */
  public AdaProj(int classes, int subspace, int dimension, long centreSeed, boolean adaptive) {
    super(classes, subspace, dimension, centreSeed, adaptive);
    if (classes < 2 || subspace < 1 || subspace > dimension) {
      throw new IllegalArgumentException("need at least 2 classes and 1 to dimension (" + dimension
          + ") directions per class, got " + classes + " classes of " + subspace);
    }
  }

  /** The class bases: each class's columns orthonormal. */
  @Override
  double[][] makeCentres() {
    return FixedCentres.orthonormalPerClass(getDimension(), getClasses(), getSubclusters(),
        getCentreSeed());
  }

  @Override
  double[] perExample(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask) {
    return forward(project(labels, preOutput, activationFn, mask)).loss;
  }

  @Override
  Pair<Double, INDArray> sumAndGradient(INDArray labels, INDArray preOutput,
      IActivation activationFn, INDArray mask) {
    Projections batch = project(labels, preOutput, activationFn, mask);
    if (isAdaptive()) {
      adapt(batch);
    }
    int classes = getClasses();
    int subspace = getSubclusters();
    double scale = getScale();
    Forward f = forward(batch);
    int n = f.cos.length;
    double[][] da = new double[n][classes * subspace];
    double sum = 0;
    for (int b = 0; b < n; b++) {
      sum += f.loss[b];
      if (!f.live[b]) {
        continue;
      }
      double mass = 0;
      for (int c = 0; c < classes; c++) {
        mass += f.labels[b][c];
      }
      for (int c = 0; c < classes; c++) {
        // d loss / d cos_c, then d cos_c / d a_ck = a_ck / cos_c (cos_c is the length of a_c)
        double dCos = scale * (mass * f.prob[b][c] - f.labels[b][c]);
        double r = Math.max(f.cos[b][c], TINY);
        for (int k = 0; k < subspace; k++) {
          int j = c * subspace + k;
          da[b][j] = dCos * f.coefficients[b][j] / r;
        }
      }
    }
    return throughCentres(sum, da, preOutput, activationFn);
  }

  /** The embeddings' coordinates in every class basis, the classes' cosines, labels, live rows. */
  private Projections project(INDArray labels, INDArray preOutput, IActivation activationFn,
      INDArray mask) {
    int classes = getClasses();
    int subspace = getSubclusters();
    double[][] a = dotsWithCentres(preOutput, activationFn);
    int n = a.length;
    double[][] cos = new double[n][classes];
    for (int b = 0; b < n; b++) {
      for (int c = 0; c < classes; c++) {
        double s = 0;
        for (int k = 0; k < subspace; k++) {
          double v = a[b][c * subspace + k];
          s += v * v;
        }
        cos[b][c] = Math.sqrt(s);
      }
    }
    return new Projections(a, cos, distributions(labels, n, classes), live(mask, n));
  }

  /** The scaled softmax over the classes' cosines and the losses. */
  private Forward forward(Projections batch) {
    int classes = getClasses();
    double scale = getScale();
    double[][] cos = batch.cos();
    double[][] y = batch.labels();
    boolean[] live = batch.live();
    int n = cos.length;
    double[][] prob = new double[n][classes];
    double[] loss = new double[n];
    for (int b = 0; b < n; b++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        max = Math.max(max, scale * cos[b][c]);
      }
      double z = 0;
      for (int c = 0; c < classes; c++) {
        prob[b][c] = Math.exp(scale * cos[b][c] - max);
        z += prob[b][c];
      }
      for (int c = 0; c < classes; c++) {
        prob[b][c] /= z;
        if (live[b] && y[b][c] != 0) {
          loss[b] -= y[b][c] * Math.log(Math.max(prob[b][c], TINY));
        }
      }
    }
    return new Forward(batch.coefficients(), cos, y, live, prob, loss);
  }

  /** Sets the scale from this minibatch (AdaCos's dynamic scale over the class cosines). */
  private void adapt(Projections batch) {
    int classes = getClasses();
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
        if (y[b][c] == 0) {
          sum += Math.exp(scale * cos[b][c]);
        }
        angle += y[b][c] * Math.acos(Math.min(1, cos[b][c]));
      }
      others[counted] = sum;
      angles[counted] = angle;
      counted++;
    }
    setScale(AngularScale.next(scale, others, angles, counted));
  }

  /** A minibatch's basis coordinates, class cosines, label distributions and live examples. */
  private record Projections(double[][] coefficients, double[][] cos, double[][] labels,
      boolean[] live) {}

  /** One forward pass over a minibatch. */
  private record Forward(double[][] coefficients, double[][] cos, double[][] labels,
      boolean[] live, double[][] prob, double[] loss) {}
}
