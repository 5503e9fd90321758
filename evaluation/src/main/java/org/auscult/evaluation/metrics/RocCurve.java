package org.auscult.evaluation.metrics;

import java.util.Arrays;

/**
 * A ROC curve as scikit-learn's {@code roc_curve} draws it: one point per distinct score (so tied
 * scores make one diagonal step, which is what "ties count half" means), starting at (0, 0) and
 * ending at (1, 1). Unlike scikit-learn no collinear points are dropped; areas are the same.
 */
public final class RocCurve {
  private final double[] fpr;
  private final double[] tpr;

  RocCurve(double[] fpr, double[] tpr) {
    this.fpr = fpr;
    this.tpr = tpr;
  }

  /** False-positive rates, non-decreasing, from 0 to 1. */
  public double[] falsePositiveRates() {
    return fpr.clone();
  }

  /** True-positive rates, non-decreasing, from 0 to 1. */
  public double[] truePositiveRates() {
    return tpr.clone();
  }

  /** Number of points, the (0, 0) start included. */
  public int size() {
    return fpr.length;
  }

  /** Trapezoidal area under the whole curve: the ROC AUC. */
  public double area() {
    return partialArea(1.0);
  }

  /**
   * Trapezoidal area up to {@code maxFpr}, the curve linearly interpolated at exactly
   * {@code maxFpr} (scikit-learn's {@code _binary_roc_auc_score} before standardisation).
   */
  public double partialArea(double maxFpr) {
    if (!(maxFpr > 0 && maxFpr <= 1)) {
      throw new IllegalArgumentException("maxFpr must be in (0, 1], got " + maxFpr);
    }
    double area = 0;
    for (int j = 1; j < fpr.length; j++) {
      if (fpr[j] <= maxFpr) {
        area += (fpr[j] - fpr[j - 1]) * (tpr[j] + tpr[j - 1]) / 2;
      } else {
        // first point past maxFpr: interpolate as numpy.interp does, then stop
        double slope = (tpr[j] - tpr[j - 1]) / (fpr[j] - fpr[j - 1]);
        double tprAtMax = slope * (maxFpr - fpr[j - 1]) + tpr[j - 1];
        area += (maxFpr - fpr[j - 1]) * (tprAtMax + tpr[j - 1]) / 2;
        break;
      }
    }
    return area;
  }

  /**
   * The partial area up to {@code maxFpr} McClish-standardised to [½, 1] for a curve above the
   * diagonal: {@code ½·(1 + (A − ½·maxFpr²) / (maxFpr − ½·maxFpr²))}, as
   * {@code roc_auc_score(max_fpr=…)} returns it. At {@code maxFpr = 1} this is the plain area.
   */
  public double standardizedPartialArea(double maxFpr) {
    if (maxFpr == 1.0) {
      return area();
    }
    double minArea = 0.5 * maxFpr * maxFpr;
    return 0.5 * (1 + (partialArea(maxFpr) - minArea) / (maxFpr - minArea));
  }

  @Override
  public String toString() {
    return "RocCurve{fpr=" + Arrays.toString(fpr) + ", tpr=" + Arrays.toString(tpr) + "}";
  }
}
