package org.auscult.evaluation.threshold;

import java.util.Objects;
import java.util.Optional;

/**
 * A decision threshold: a clip is decided anomalous when its score exceeds {@link #value()}.
 *
 * @param value the threshold
 * @param quantile the quantile it stands for, e.g. 0.9
 * @param method gamma fit or empirical fallback
 * @param fit the fitted distribution, present exactly when {@code method} is {@code GAMMA_FIT}
 * @param fallbackReason why the fit failed, present exactly when the fallback was used
 */
public record DecisionThreshold(double value, double quantile, ThresholdMethod method,
    Optional<GammaFit> fit, Optional<String> fallbackReason) {

  public DecisionThreshold {
    Objects.requireNonNull(method, "method");
    if (fit.isPresent() != (method == ThresholdMethod.GAMMA_FIT)
        || fallbackReason.isPresent() == (method == ThresholdMethod.GAMMA_FIT)) {
      throw new IllegalArgumentException(
          "a gamma threshold carries its fit, a fallback its reason");
    }
  }

  /** True when {@code score} is above the threshold (the official rule: strictly greater). */
  public boolean isAnomalous(double score) {
    return score > value;
  }

  /** {@link #isAnomalous} for each score. */
  public boolean[] decide(double[] scores) {
    boolean[] out = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = isAnomalous(scores[i]);
    }
    return out;
  }
}
