package org.auscult.training.nets;

import java.util.Arrays;

/**
 * AdaCos's scale for a softmax over cosines (Zhang et al. 2019), shared by the angular losses: the
 * start {@code √2 · ln(M − 1)} for M centres, and the dynamic update {@code ln(B) / cos(min(π/4,
 * θ))} from a minibatch, B being the mean over examples of the summed exponentiated scaled cosines
 * of the classes an example is not labelled with and θ the median angle to its own class.
 */
final class AngularScale {
  private AngularScale() {}

  /** The starting scale for {@code centres} centres (at least 1). */
  static double initial(int centres) {
    return Math.max(1.0, Math.sqrt(2) * Math.log(centres - 1.0));
  }

  /**
   * The next scale from the first {@code n} values of {@code others} and {@code angles} (one per
   * live example; both arrays are left as they were), or {@code current} when there is none or
   * the update is not a positive number.
   */
  static double next(double current, double[] others, double[] angles, int n) {
    if (n == 0) {
      return current;
    }
    double b = 0;
    for (int i = 0; i < n; i++) {
      b += others[i];
    }
    b /= n;
    double[] sorted = Arrays.copyOf(angles, n);
    Arrays.sort(sorted);
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double next = Math.log(b) / Math.cos(Math.min(Math.PI / 4, median));
    return Double.isFinite(next) && next > 0 ? next : current;
  }
}
