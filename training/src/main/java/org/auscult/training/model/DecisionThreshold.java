package org.auscult.training.model;

import java.util.Objects;

/**
 * The anomaly-score value above which a clip is declared anomalous, and how it was fitted (e.g.
 * "gamma fit of 6000 training-clip scores, 90th percentile"), so the report can say.
 *
 * @param value the threshold on the model's anomaly score
 * @param method how the value was obtained
 */
public record DecisionThreshold(double value, String method) {
  public DecisionThreshold {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("threshold must be finite, got " + value);
    }
    Objects.requireNonNull(method, "method");
  }
}
