package org.auscult.evaluation.metrics;

/**
 * ROC AUC and partial AUC of anomaly scores, exactly as scikit-learn's {@code roc_auc_score}
 * (trapezoidal, ties count half); O(n log n).
 */
public final class RocAuc {
  /** The official evaluator's {@code MAX_FPR}. */
  public static final double OFFICIAL_MAX_FPR = 0.1;

  private RocAuc() {
  }

  /**
   * ROC AUC of {@code scores} (higher = more anomalous) against {@code anomalous}.
   *
   * @throws IllegalArgumentException if the lengths differ, a score is not finite, or one class is
   *     missing (the AUC is undefined then)
   */
  public static double auc(boolean[] anomalous, double[] scores) {
    return curve(anomalous, scores).area();
  }

  /**
   * The McClish-standardised partial AUC up to {@code maxFpr}, i.e.
   * {@code roc_auc_score(anomalous, scores, max_fpr=maxFpr)}: ½ for a chance-level curve, 1 for a
   * perfect one, about 0.4737 for the worst at {@code maxFpr = 0.1}
   * (see {@link RocCurve#standardizedPartialArea}).
   */
  public static double partialAuc(boolean[] anomalous, double[] scores, double maxFpr) {
    return curve(anomalous, scores).standardizedPartialArea(maxFpr);
  }

  /** The ROC curve itself, e.g. to plot it. */
  public static RocCurve curve(boolean[] anomalous, double[] scores) {
    return RankedScores.of(anomalous, scores).curve();
  }
}
