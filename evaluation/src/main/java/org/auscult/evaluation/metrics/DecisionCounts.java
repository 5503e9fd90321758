package org.auscult.evaluation.metrics;

/**
 * The confusion counts of binary decisions (1 = anomalous) against the truth, and the precision,
 * recall and F1 score they give.
 *
 * <p>Degenerate cases follow scikit-learn with {@code zero_division=0}, which is also what the
 * official evaluator's {@code tp / max(tp + fp, eps)} amounts to: precision is 0 when nothing was
 * decided anomalous, recall is 0 when there is no anomaly, F1 is 0 when precision + recall is 0.
 * F1 is computed from precision and recall ({@code 2pr / (p + r)}) as the evaluator does, so the
 * last bits agree with it too.
 *
 * @param truePositives anomalies decided anomalous
 * @param falsePositives normals decided anomalous
 * @param falseNegatives anomalies decided normal
 * @param trueNegatives normals decided normal
 */
public record DecisionCounts(int truePositives, int falsePositives, int falseNegatives,
    int trueNegatives) {

  public DecisionCounts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
      throw new IllegalArgumentException("counts must be non-negative");
    }
  }

  /** Counts {@code decidedAnomalous} against {@code anomalous}, clip by clip. */
  public static DecisionCounts count(boolean[] anomalous, boolean[] decidedAnomalous) {
    if (anomalous.length != decidedAnomalous.length) {
      throw new IllegalArgumentException("labels and decisions differ in length: "
          + anomalous.length + " vs " + decidedAnomalous.length);
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < anomalous.length; i++) {
      if (anomalous[i]) {
        if (decidedAnomalous[i]) {
          tp++;
        } else {
          fn++;
        }
      } else if (decidedAnomalous[i]) {
        fp++;
      } else {
        tn++;
      }
    }
    return new DecisionCounts(tp, fp, fn, tn);
  }

  /** tp / (tp + fp); 0 when nothing was decided anomalous. */
  public double precision() {
    int decided = truePositives + falsePositives;
    return decided == 0 ? 0.0 : (double) truePositives / decided;
  }

  /** tp / (tp + fn); 0 when there is no anomaly. */
  public double recall() {
    int actual = truePositives + falseNegatives;
    return actual == 0 ? 0.0 : (double) truePositives / actual;
  }

  /** 2·p·r / (p + r); 0 when p + r = 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2.0 * p * r / (p + r);
  }
}
