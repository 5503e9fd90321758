package org.auscult.training.kinds.embedding;

import java.util.Arrays;
import java.util.List;
import org.auscult.training.fit.Cholesky;

/**
 * The map {@code x ↦ L⁻¹(x − μ)} of a section's normal clip vectors, {@code Σ = L·Lᵀ} their
 * covariance shrunk towards a multiple of the identity by the Ledoit–Wolf estimate (a section may
 * have fewer clips than dimensions, and then the sample covariance alone is singular): Euclidean
 * distances after it are Mahalanobis distances, which weigh a direction by how little normal clips
 * vary along it — the directions a fault moves a clip off its section.
 *
 * @param mean {@code μ}
 * @param lower {@code L}, lower triangle packed row by row ({@code d(d + 1)/2} values)
 */
record Whitening(double[] mean, double[] lower) {
  private static final double MIN_PIVOT = 1e-12;

  Whitening {
    int d = mean.length;
    if (lower.length != d * (d + 1) / 2) {
      throw new IllegalArgumentException("a " + d + "-dimensional whitening needs "
          + d * (d + 1) / 2 + " factor values, got " + lower.length);
    }
  }

  /** Fitted on at least two vectors of one length. */
  static Whitening fit(List<float[]> vectors) {
    int n = vectors.size();
    if (n < 2) {
      throw new IllegalArgumentException("a covariance needs at least 2 vectors, got " + n);
    }
    int d = vectors.get(0).length;
    double[] mean = new double[d];
    for (float[] v : vectors) {
      if (v.length != d) {
        throw new IllegalArgumentException("vectors differ in length: " + d + " and " + v.length);
      }
      for (int k = 0; k < d; k++) {
        mean[k] += v[k] / (double) n;
      }
    }
    double[][] x = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        x[i][k] = vectors.get(i)[k] - mean[k];
      }
    }
    double[][] c = shrunkCovariance(x);
    double[] rows = new double[d * d];
    for (int a = 0; a < d; a++) {
      System.arraycopy(c[a], 0, rows, a * d, d);
    }
    // all vectors equal leave no spread to measure in: every direction then counts alike
    return new Whitening(mean, Cholesky.factor(rows, d, MIN_PIVOT));
  }

  /**
   * Ledoit and Wolf's (2004) shrinkage of the sample covariance of centred rows {@code x} towards
   * {@code μ·I}, {@code μ} its mean variance — the estimate scikit-learn's {@code ledoit_wolf}
   * computes.
   */
  static double[][] shrunkCovariance(double[][] x) {
    int n = x.length;
    int d = x[0].length;
    double[][] s = new double[d][d];
    for (double[] row : x) {
      for (int a = 0; a < d; a++) {
        for (int b = 0; b <= a; b++) {
          s[a][b] += row[a] * row[b] / n;
        }
      }
    }
    double mu = 0;
    for (int a = 0; a < d; a++) {
      mu += s[a][a] / d;
    }
    // shrinkage β/δ: δ = ‖S − μI‖²_F / d, β = min(δ, Σ_i ‖x_i x_iᵀ − S‖²_F / (n² d))
    double delta = 0;
    double squares = 0;
    for (int a = 0; a < d; a++) {
      for (int b = 0; b <= a; b++) {
        double off = s[a][b] - (a == b ? mu : 0);
        double w = a == b ? 1 : 2;
        delta += w * off * off;
        squares += w * s[a][b] * s[a][b];
      }
    }
    double fourth = 0;
    for (double[] row : x) {
      double norm = 0;
      for (double v : row) {
        norm += v * v;
      }
      fourth += norm * norm;
    }
    // Σ_i ‖x_i x_iᵀ − S‖²_F = Σ_i ‖x_i‖⁴ − n‖S‖²_F
    delta /= d;
    double beta = Math.min(delta, (fourth / n - squares) / ((double) n * d));
    double shrinkage = beta <= 0 ? 0 : beta / delta;
    double[][] c = new double[d][d];
    for (int a = 0; a < d; a++) {
      for (int b = 0; b <= a; b++) {
        c[a][b] = (1 - shrinkage) * s[a][b] + (a == b ? shrinkage * mu : 0);
        c[b][a] = c[a][b];
      }
    }
    return c;
  }

  /** {@code L⁻¹(x − μ)}. */
  float[] apply(float[] x) {
    int d = mean.length;
    if (x.length != d) {
      throw new IllegalArgumentException("a " + d + "-dimensional whitening cannot map a vector "
          + "of " + x.length);
    }
    double[] centred = new double[d];
    for (int i = 0; i < d; i++) {
      centred[i] = x[i] - mean[i];
    }
    double[] z = Cholesky.forward(lower, centred);
    float[] out = new float[d];
    for (int i = 0; i < d; i++) {
      out[i] = (float) z[i];
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Whitening w && Arrays.equals(mean, w.mean)
        && Arrays.equals(lower, w.lower);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mean) + Arrays.hashCode(lower);
  }

  @Override
  public String toString() {
    return "Whitening[" + mean.length + " dimensions]";
  }
}
