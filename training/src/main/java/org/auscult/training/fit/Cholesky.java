package org.auscult.training.fit;

/**
 * The Cholesky factor {@code L} of a symmetric positive-definite {@code d × d} matrix
 * ({@code A = L·Lᵀ}), its lower triangle packed row by row ({@code d(d + 1)/2} values), and
 * {@code L⁻¹v} by forward substitution: Gaussian densities and Mahalanobis whitening both need it.
 */
public final class Cholesky {
  private Cholesky() {}

  /** Index of {@code L[i][j]}, {@code j ≤ i}, in the packed triangle. */
  public static int at(int i, int j) {
    return i * (i + 1) / 2 + j;
  }

  /**
   * The packed factor of row-major {@code a}; a pivot at or below {@code floor} is an
   * {@link IllegalArgumentException} when {@code floor} is 0, and is raised to {@code floor} when
   * it is above 0.
   */
  public static double[] factor(double[] a, int d, double floor) {
    double[] l = new double[d * (d + 1) / 2];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i * d + j];
        for (int k = 0; k < j; k++) {
          sum -= l[at(i, k)] * l[at(j, k)];
        }
        if (i == j) {
          if (!(sum > floor)) {
            if (floor == 0) {
              throw new IllegalArgumentException("the covariance is not positive definite (pivot "
                  + i + " is " + sum + ")");
            }
            sum = floor;
          }
          l[at(i, i)] = Math.sqrt(sum);
        } else {
          l[at(i, j)] = sum / l[at(j, j)];
        }
      }
    }
    return l;
  }

  /** {@code L⁻¹v} for the packed factor {@code lower} of dimension {@code v.length}. */
  public static double[] forward(double[] lower, double[] v) {
    double[] z = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double s = v[i];
      for (int j = 0; j < i; j++) {
        s -= lower[at(i, j)] * z[j];
      }
      z[i] = s / lower[at(i, i)];
    }
    return z;
  }
}
