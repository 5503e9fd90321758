package org.auscult.evaluation.threshold;

/** How a decision threshold was obtained. */
public enum ThresholdMethod {
  /** The quantile of a gamma distribution fitted by maximum likelihood (the official way). */
  GAMMA_FIT,
  /** The empirical percentile of the scores (linear interpolation), when the fit failed. */
  EMPIRICAL_PERCENTILE
}
