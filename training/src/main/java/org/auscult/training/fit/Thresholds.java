package org.auscult.training.fit;

import org.auscult.evaluation.threshold.DecisionThreshold;
import org.auscult.evaluation.threshold.GammaThreshold;
import org.auscult.training.model.SavedThreshold;

/** The decision threshold every kind fits the same way, from its training clips' scores. */
public final class Thresholds {
  private Thresholds() {}

  /** The {@code quantile} of a gamma distribution fitted to {@code trainingScores}. */
  public static SavedThreshold gamma(double[] trainingScores, double quantile) {
    DecisionThreshold t = new GammaThreshold(quantile).fit(trainingScores);
    return new SavedThreshold(t.value(), t.method().toString());
  }
}
