package org.auscult.evaluation.threshold;

import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The official decision threshold: fit a gamma distribution to a machine type's training scores by
 * maximum likelihood with free location ({@link GammaFit#maximumLikelihood}) and take its
 * {@code quantile} (0.9 by default). When the fit fails, the empirical percentile of the scores
 * (numpy's default linear interpolation) is used instead and a warning says why.
 */
public final class GammaThreshold {
  /** The quantile the DCASE baselines use. */
  public static final double DEFAULT_QUANTILE = 0.9;

  private static final Logger LOG = LoggerFactory.getLogger(GammaThreshold.class);

  private final double quantile;

  /** The official 0.9 quantile. */
  public GammaThreshold() {
    this(DEFAULT_QUANTILE);
  }

  /** @param quantile in (0, 1) */
  public GammaThreshold(double quantile) {
    if (!(quantile > 0 && quantile < 1)) {
      throw new IllegalArgumentException("quantile must be in (0, 1), got " + quantile);
    }
    this.quantile = quantile;
  }

  public double quantile() {
    return quantile;
  }

  /**
   * The threshold for {@code trainingScores}.
   *
   * @throws IllegalArgumentException if there are no scores or one is not finite
   */
  public DecisionThreshold fit(double[] trainingScores) {
    if (trainingScores.length == 0) {
      throw new IllegalArgumentException("no training scores to fit a threshold to");
    }
    try {
      GammaFit fit = GammaFit.maximumLikelihood(trainingScores);
      return new DecisionThreshold(fit.quantile(quantile), quantile, ThresholdMethod.GAMMA_FIT,
          Optional.of(fit), Optional.empty());
    } catch (GammaFitException e) {
      double value = empiricalPercentile(trainingScores, quantile);
      LOG.warn("gamma fit to {} training scores failed ({}); using their empirical {} percentile"
          + " {} as the threshold", trainingScores.length, e.getMessage(), 100 * quantile, value);
      return new DecisionThreshold(value, quantile, ThresholdMethod.EMPIRICAL_PERCENTILE,
          Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  /** numpy's {@code percentile(x, 100·q)} with its default linear interpolation (Hyndman–Fan 7). */
  static double empiricalPercentile(double[] x, double q) {
    return new Percentile().withEstimationType(EstimationType.R_7).evaluate(x, 100 * q);
  }
}
