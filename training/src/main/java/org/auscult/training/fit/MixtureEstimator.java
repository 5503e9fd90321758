package org.auscult.training.fit;

import java.util.List;

/** Fits full-covariance Gaussian mixtures by expectation maximisation. */
public interface MixtureEstimator {

  /**
   * Fits {@code components} (at least 2) to {@code rows}, which are taken in the order given (the
   * initialisation samples them by position, so the order is part of the result).
   */
  List<Gaussian> fit(double[][] rows, int components, long seed, int maxIterations,
      double tolerance);
}
