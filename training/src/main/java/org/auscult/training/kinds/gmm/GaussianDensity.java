package org.auscult.training.kinds.gmm;

/**
 * The log density of a multivariate Gaussian with a positive-definite covariance (the mixtures'
 * covariances are regularised, so they are): by the Cholesky factor {@code Σ = L·Lᵀ},
 * {@code log p(x) = −½ (d log 2π + 2 Σ log Lᵢᵢ + ‖L⁻¹(x − μ)‖²)}. This is the density Spark MLlib
 * computes from the eigen-decomposition, to rounding.
 */
final class GaussianDensity {
  private final double[] mean;
  /** The lower-triangular factor, row-major, {@code d × d}. */
  private final double[] lower;
  private final double constant;

  GaussianDensity(double[] mean, double[] covariance) {
    int d = mean.length;
    this.mean = mean.clone();
    this.lower = cholesky(covariance, d);
    double logDet = 0;
    for (int i = 0; i < d; i++) {
      logDet += 2 * Math.log(lower[i * d + i]);
    }
    this.constant = -0.5 * (d * Math.log(2.0 * Math.PI) + logDet);
  }

  /** {@code log p(x)}. */
  double logDensity(float[] x) {
    int d = mean.length;
    if (x.length != d) {
      throw new IllegalArgumentException("a " + d + "-dimensional Gaussian cannot score a vector "
          + "of " + x.length);
    }
    // forward substitution: z = L⁻¹ (x − μ)
    double[] z = new double[d];
    double quad = 0;
    for (int i = 0; i < d; i++) {
      double v = x[i] - mean[i];
      for (int j = 0; j < i; j++) {
        v -= lower[i * d + j] * z[j];
      }
      z[i] = v / lower[i * d + i];
      quad += z[i] * z[i];
    }
    return constant - 0.5 * quad;
  }

  private static double[] cholesky(double[] a, int d) {
    double[] l = new double[d * d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i * d + j];
        for (int k = 0; k < j; k++) {
          sum -= l[i * d + k] * l[j * d + k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new IllegalArgumentException("the covariance is not positive definite (pivot "
                + i + " is " + sum + "); give auscult.training.gmm.regularization a value > 0");
          }
          l[i * d + i] = Math.sqrt(sum);
        } else {
          l[i * d + j] = sum / l[j * d + j];
        }
      }
    }
    return l;
  }
}
