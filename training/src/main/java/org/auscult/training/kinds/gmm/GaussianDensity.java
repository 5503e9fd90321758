package org.auscult.training.kinds.gmm;

import org.auscult.training.fit.Cholesky;

/**
 * The log density of a multivariate Gaussian with a positive-definite covariance (the mixtures'
 * covariances are regularised, so they are): by the Cholesky factor {@code Σ = L·Lᵀ},
 * {@code log p(x) = −½ (d log 2π + 2 Σ log Lᵢᵢ + ‖L⁻¹(x − μ)‖²)}. This is the density Spark MLlib
 * computes from the eigen-decomposition, to rounding.
 */
final class GaussianDensity {
  private final double[] mean;
  /** The lower-triangular factor, packed ({@link Cholesky}). */
  private final double[] lower;
  private final double constant;

  GaussianDensity(double[] mean, double[] covariance) {
    int d = mean.length;
    this.mean = mean.clone();
    try {
      this.lower = Cholesky.factor(covariance, d, 0);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage()
          + "; give auscult.training.gmm.regularization a value > 0", e);
    }
    double logDet = 0;
    for (int i = 0; i < d; i++) {
      logDet += 2 * Math.log(lower[Cholesky.at(i, i)]);
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
    double[] centred = new double[d];
    for (int i = 0; i < d; i++) {
      centred[i] = x[i] - mean[i];
    }
    double quad = 0;
    for (double z : Cholesky.forward(lower, centred)) {
      quad += z * z;
    }
    return constant - 0.5 * quad;
  }
}
