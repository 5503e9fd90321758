package org.auscult.training.kinds.gmm;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The log density of a multivariate Gaussian, computed as Spark MLlib's
 * {@code MultivariateGaussian.logpdf} does (so scores agree with the mixtures MLlib fits): from the
 * eigen-decomposition of the covariance, with eigenvalues at or below {@code ε · max · d} left
 * out of the pseudo-determinant and the pseudo-inverse.
 */
final class GaussianDensity {
  /** The double machine epsilon, MLlib's tolerance unit. */
  private static final double EPSILON = Math.ulp(1.0);

  private final double[] mean;
  /** {@code diag(1/√λ) · Uᵀ}, row-major, {@code d × d}. */
  private final double[] rootInverse;
  private final double constant;

  GaussianDensity(double[] mean, double[] covariance) {
    int d = mean.length;
    double[][] c = new double[d][d];
    for (int i = 0; i < d; i++) {
      System.arraycopy(covariance, i * d, c[i], 0, d);
    }
    RealMatrix cov = new Array2DRowRealMatrix(c, false);
    EigenDecomposition eig = new EigenDecomposition(cov);
    double[] values = eig.getRealEigenvalues();
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    double tol = EPSILON * max * d;
    double logPseudoDet = 0;
    this.rootInverse = new double[d * d];
    for (int k = 0; k < d; k++) {
      double scale = 0;
      if (values[k] > tol) {
        logPseudoDet += Math.log(values[k]);
        scale = Math.sqrt(1.0 / values[k]);
      }
      double[] u = eig.getEigenvector(k).toArray();
      for (int j = 0; j < d; j++) {
        rootInverse[k * d + j] = scale * u[j];
      }
    }
    this.mean = mean.clone();
    this.constant = -0.5 * (d * Math.log(2.0 * Math.PI) + logPseudoDet);
  }

  /** {@code log p(x)}. */
  double logDensity(float[] x) {
    int d = mean.length;
    if (x.length != d) {
      throw new IllegalArgumentException("a " + d + "-dimensional Gaussian cannot score a vector "
          + "of " + x.length);
    }
    double[] delta = new double[d];
    for (int i = 0; i < d; i++) {
      delta[i] = x[i] - mean[i];
    }
    double quad = 0;
    for (int k = 0; k < d; k++) {
      double v = 0;
      for (int j = 0; j < d; j++) {
        v += rootInverse[k * d + j] * delta[j];
      }
      quad += v * v;
    }
    return constant - 0.5 * quad;
  }
}
