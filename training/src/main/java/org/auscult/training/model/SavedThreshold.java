package org.auscult.training.model;

import java.util.Objects;

/**
 * The anomaly-score value above which a clip is declared anomalous, and how it was fitted (e.g.
 * "GAMMA_FIT"), as saved in a model manifest so the report can say.
 *
 * @param value the threshold on the model's anomaly score
 * @param method how the value was obtained
 */
public record SavedThreshold(double value, String method) {
  public SavedThreshold {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("threshold must be finite, got " + value);
    }
    Objects.requireNonNull(method, "method");
  }
}
