package org.auscult.evaluation.threshold;

/** A gamma maximum-likelihood fit that has no answer for the given scores; says why. */
public final class GammaFitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GammaFitException(String reason) {
    super(reason);
  }

  public GammaFitException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
