package org.auscult.evaluation.threshold;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.apache.commons.math3.special.Gamma;

/**
 * A three-parameter gamma distribution, density
 * {@code (x − loc)^(shape−1) · exp(−(x − loc)/scale) / (Γ(shape) · scale^shape)} for x > loc
 * (scipy's {@code gamma(a=shape, loc, scale)}).
 *
 * @param shape the shape a > 0
 * @param location the location: the lower end of the support
 * @param scale the scale > 0
 */
public record GammaFit(double shape, double location, double scale) {
  /** Search the location from min − 1e-6·range … min − 100·range (log-spaced grid, then Brent). */
  private static final double NEAREST_GAP = 1e-6;
  private static final double FARTHEST_GAP = 1e2;
  private static final int GRID_POINTS = 241;

  public GammaFit {
    if (!(shape > 0 && scale > 0 && Double.isFinite(location) && Double.isFinite(shape)
        && Double.isFinite(scale))) {
      throw new IllegalArgumentException("not a gamma distribution: shape " + shape + ", location "
          + location + ", scale " + scale);
    }
  }

  /**
   * The maximum-likelihood fit with all three parameters free, what
   * {@code scipy.stats.gamma.fit(x)} estimates (scipy runs Nelder–Mead from a moment estimate; this
   * finds the same maximum to full precision).
   *
   * <p>How: for a fixed location the shape and scale have closed-form MLE conditions
   * ({@code ln a − ψ(a) = ln mean(y) − mean(ln y)}, {@code scale = mean(y)/a}, y = x − loc), which
   * leaves a one-dimensional profile likelihood in the location. It is evaluated on a log-spaced
   * grid of gaps below the smallest score and each interior local maximum is refined with Brent's
   * method; the best one wins. With a free location the likelihood is unbounded as loc → min(x)
   * whenever the shape can drop below 1, so "the" MLE is the interior stationary point, as with
   * scipy; when there is none the fit fails.
   *
   * @throws GammaFitException with the reason when there is no interior maximum (scores not right
   *     skewed, or too few / all equal), or a solver does not converge
   * @throws IllegalArgumentException if a score is not finite
   */
  public static GammaFit maximumLikelihood(double[] x) {
    for (double v : x) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("scores must be finite, got " + v);
      }
    }
    if (x.length < 3) {
      throw new GammaFitException("need at least 3 scores for 3 parameters, got " + x.length);
    }
    ProfileLikelihood profile = new ProfileLikelihood(x);
    if (!(profile.range > 0)) {
      throw new GammaFitException("all " + x.length + " scores are equal");
    }
    try {
      double lo = Math.log(NEAREST_GAP);
      double hi = Math.log(FARTHEST_GAP);
      double[] t = new double[GRID_POINTS];
      double[] ll = new double[GRID_POINTS];
      int argmax = 0;
      for (int i = 0; i < GRID_POINTS; i++) {
        t[i] = lo + (hi - lo) * i / (GRID_POINTS - 1);
        ll[i] = profile.value(t[i]);
        if (ll[i] > ll[argmax]) {
          argmax = i;
        }
      }
      UnivariatePointValuePair best = null;
      BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-14);
      for (int i = 1; i < GRID_POINTS - 1; i++) {
        if (ll[i] >= ll[i - 1] && ll[i] >= ll[i + 1] && (ll[i] > ll[i - 1] || ll[i] > ll[i + 1])) {
          UnivariatePointValuePair p = brent.optimize(new MaxEval(500), GoalType.MAXIMIZE,
              new UnivariateObjectiveFunction(profile),
              new SearchInterval(t[i - 1], t[i + 1], t[i]));
          if (best == null || p.getValue() > best.getValue()) {
            best = p;
          }
        }
      }
      if (best == null) {
        throw new GammaFitException(argmax == 0
            ? "the likelihood grows without bound as the location approaches the smallest score"
                + " (shape below 1): no interior maximum"
            : "the likelihood keeps growing as the location moves away from the scores (scores"
                + " not right-skewed, the gamma tends to a normal): no interior maximum");
      }
      return profile.fitAt(best.getPoint());
    } catch (MathIllegalStateException | MathIllegalArgumentException e) {
      // too many evaluations, or a shape root that could not be bracketed
      throw new GammaFitException("gamma fit did not converge: " + e.getMessage(), e);
    }
  }

  /** The log-likelihood of {@code x} under this distribution; −∞ if some x ≤ location. */
  public double logLikelihood(double[] x) {
    double sum = 0;
    for (double v : x) {
      double y = v - location;
      if (!(y > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      sum += (shape - 1) * Math.log(y) - y / scale;
    }
    return sum - x.length * (shape * Math.log(scale) + Gamma.logGamma(shape));
  }

  /** The {@code p}-quantile, e.g. 0.9 for the official decision threshold. */
  public double quantile(double p) {
    // the default solver accuracy (1e-9 absolute) is too coarse to match scipy's ppf
    GammaDistribution g = new GammaDistribution(null, shape, 1.0, 1e-14);
    return location + scale * g.inverseCumulativeProbability(p);
  }

  /**
   * The likelihood maximised over shape and scale for a location {@code min(x) − range·e^t},
   * as a function of t. Written around the centred scores so that the location's distance from the
   * data does not cost precision.
   */
  private static final class ProfileLikelihood implements UnivariateFunction {
    private final int n;
    private final double min;
    private final double range;
    /** mean − min, ≥ 0 */
    private final double meanAboveMin;
    /** x − mean */
    private final double[] centred;

    ProfileLikelihood(double[] x) {
      n = x.length;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      double sum = 0;
      for (double v : x) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        sum += v;
      }
      double mean = sum / n;
      min = lo;
      range = hi - lo;
      meanAboveMin = Math.max(mean - lo, 0);
      centred = new double[n];
      for (int i = 0; i < n; i++) {
        centred[i] = x[i] - mean;
      }
    }

    @Override
    public double value(double t) {
      double mu = meanAboveMin + range * Math.exp(t);
      double s = logMeanMinusMeanLog(mu);
      if (!(s > 0)) {
        // rounding ate the spread (scores far from the location): no usable fit here
        return Double.NEGATIVE_INFINITY;
      }
      double a = shapeFor(s);
      return n * (-Math.log(mu) - (a - 1) * s - a + a * Math.log(a) - Gamma.logGamma(a));
    }

    GammaFit fitAt(double t) {
      double gap = range * Math.exp(t);
      double mu = meanAboveMin + gap;
      double a = shapeFor(logMeanMinusMeanLog(mu));
      return new GammaFit(a, min - gap, mu / a);
    }

    /** ln mean(y) − mean(ln y) for y = x − loc with mean(y) = mu; > 0 unless all y are equal. */
    private double logMeanMinusMeanLog(double mu) {
      double sum = 0;
      for (double d : centred) {
        sum += Math.log1p(d / mu);
      }
      return -sum / n;
    }

    /** The shape a solving ln a − ψ(a) = s (decreasing in a, from +∞ to 0). */
    private static double shapeFor(double s) {
      if (!(s > 0)) {
        throw new GammaFitException("scores carry no spread at this location (s = " + s + ")");
      }
      // Thom's approximation brackets the root closely; widen until it does
      double guess = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
      double lo = guess * 0.5;
      double hi = guess * 1.5;
      UnivariateFunction f = a -> Math.log(a) - Gamma.digamma(a) - s;
      for (int i = 0; i < 60 && f.value(lo) < 0; i++) {
        lo *= 0.5;
      }
      for (int i = 0; i < 60 && f.value(hi) > 0; i++) {
        hi *= 2;
      }
      return new BrentSolver(1e-15, 1e-300).solve(200, f, lo, hi, guess);
    }
  }
}
