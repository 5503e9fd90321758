package org.auscult.evaluation.metrics;

/** The two averages the official tables use. */
public final class Means {
  /**
   * Values are floored at this before a harmonic mean ({@code sys.float_info.epsilon} in the
   * official evaluator), so one zero does not make the mean zero and a mean is always defined.
   */
  public static final double FLOOR = 2.220446049250313e-16;

  private Means() {
  }

  /** The arithmetic mean; fails on an empty array. */
  public static double arithmetic(double[] values) {
    requireValues(values);
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /**
   * The harmonic mean of the values each floored at {@link #FLOOR}
   * ({@code scipy.stats.hmean(numpy.maximum(values, eps))}); fails on an empty array or a NaN.
   */
  public static double harmonicFloored(double[] values) {
    requireValues(values);
    double reciprocals = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("harmonic mean of NaN");
      }
      reciprocals += 1.0 / Math.max(v, FLOOR);
    }
    return values.length / reciprocals;
  }

  /** {@link #arithmetic} of the values that are not NaN (absent); NaN when none is. */
  public static double arithmeticPresent(double[] values) {
    double[] present = present(values);
    return present.length == 0 ? Double.NaN : arithmetic(present);
  }

  /** {@link #harmonicFloored} of the values that are not NaN (absent); NaN when none is. */
  public static double harmonicPresent(double[] values) {
    double[] present = present(values);
    return present.length == 0 ? Double.NaN : harmonicFloored(present);
  }

  private static double[] present(double[] values) {
    return java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }

  private static void requireValues(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("mean of no values");
    }
  }
}
