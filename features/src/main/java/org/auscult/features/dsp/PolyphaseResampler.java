package org.auscult.features.dsp;

/**
 * Rational-ratio resampling by a polyphase windowed-sinc FIR filter, computing exactly what
 * {@code scipy.signal.resample_poly(x, up, down)} computes with its defaults (window
 * {@code ('kaiser', 5.0)}, zero padding), in double precision.
 *
 * <p>The ratio is reduced by the greatest common divisor, e.g. 44,100 → 16,000 Hz is up 160, down
 * 441. The filter is {@code firwin(2·L + 1, 1 / max(up, down))} with a Kaiser window (β = 5) and
 * L = 10 · max(up, down) half-length, scaled to unit gain at 0 Hz and then by {@code up}: a low-pass
 * at the lower of the two Nyquist frequencies, so nothing above the new Nyquist aliases in. Output
 * sample i is the filter applied to the zero-stuffed input around input position i · down / up,
 * with the filter's group delay removed, so the output is aligned with the input and holds
 * {@code ceil(n · up / down)} samples. Only the taps that meet a non-zero (original) sample are
 * multiplied: about {@code (2L + 1) / up} per output sample (55 for 44.1 → 16 kHz, 61 for 48 → 16
 * kHz).
 *
 * <p>Agreement with scipy is tested on reference vectors that {@code submit/tools/resample-reference.sh}
 * computes with scipy itself (see the test resources' README).
 *
 * <p>Immutable and thread-safe: one instance per rate pair may be shared.
 */
public final class PolyphaseResampler {
  /** Kaiser window β of scipy's default {@code ('kaiser', 5.0)}. */
  public static final double KAISER_BETA = 5.0;
  /** Half-length of the filter in units of max(up, down), as scipy's resample_poly. */
  private static final int HALF_LENGTH_FACTOR = 10;

  private final int up;
  private final int down;
  private final double[] h;
  private final int preRemove;

  /**
   * A resampler from {@code fromRate} to {@code toRate} Hz.
   *
   * @throws IllegalArgumentException if a rate is not positive
   */
  public PolyphaseResampler(int fromRate, int toRate) {
    Require.atLeast("fromRate", fromRate, 1);
    Require.atLeast("toRate", toRate, 1);
    int g = gcd(fromRate, toRate);
    this.up = toRate / g;
    this.down = fromRate / g;
    if (up == 1 && down == 1) {
      this.h = new double[0];
      this.preRemove = 0;
      return;
    }
    int maxRate = Math.max(up, down);
    int halfLen = HALF_LENGTH_FACTOR * maxRate;
    double[] taps = lowPass(2 * halfLen + 1, 1.0 / maxRate, KAISER_BETA);
    for (int i = 0; i < taps.length; i++) {
      taps[i] *= up;
    }
    // scipy pads the filter in front so that the delay is a whole number of output samples
    int prePad = down - halfLen % down;
    this.preRemove = (halfLen + prePad) / down;
    this.h = new double[prePad + taps.length];
    System.arraycopy(taps, 0, h, prePad, taps.length);
  }

  /** The reduced ratio's numerator (output samples per {@link #down()} input samples). */
  public int up() {
    return up;
  }

  /** The reduced ratio's denominator. */
  public int down() {
    return down;
  }

  /** Samples out for {@code n} samples in: {@code ceil(n · up / down)}. */
  public int outputLength(int n) {
    Require.atLeast("n", n, 0);
    long product = (long) n * up;
    long len = product / down + (product % down == 0 ? 0 : 1);
    if (len > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(n + " samples resampled by " + up + "/" + down
          + " are too many");
    }
    return (int) len;
  }

  /** {@code x} at the new rate, newly allocated; a copy when the rates are equal. */
  public double[] resample(float[] x) {
    double[] in = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      in[i] = x[i];
    }
    return resample(in);
  }

  /** {@code x} at the new rate, newly allocated; a copy when the rates are equal. */
  public double[] resample(double[] x) {
    if (up == 1 && down == 1) {
      return x.clone();
    }
    int n = x.length;
    double[] y = new double[outputLength(n)];
    int taps = h.length;
    for (int i = 0; i < y.length; i++) {
      // position in the zero-stuffed, filtered signal; its input samples sit at multiples of up
      long t = (long) (i + preRemove) * down;
      long kMax = Math.min(n - 1, t / up);
      long kMin = Math.max(0, Math.floorDiv(t - taps + 1 + up - 1, up));
      double sum = 0;
      for (long k = kMax; k >= kMin; k--) {
        sum += h[(int) (t - k * up)] * x[(int) k];
      }
      y[i] = sum;
    }
    return y;
  }

  /**
   * {@code scipy.signal.firwin(numTaps, cutoff, window=('kaiser', beta))}: a windowed sinc with
   * cut-off {@code cutoff} (1 = Nyquist), scaled to unit gain at 0 Hz.
   */
  static double[] lowPass(int numTaps, double cutoff, double beta) {
    double alpha = 0.5 * (numTaps - 1);
    double[] h = new double[numTaps];
    double i0Beta = besselI0(beta);
    double sum = 0;
    for (int n = 0; n < numTaps; n++) {
      double m = n - alpha;
      double ratio = numTaps == 1 ? 0 : 2.0 * n / (numTaps - 1) - 1.0;
      double window = besselI0(beta * Math.sqrt(Math.max(0, 1 - ratio * ratio))) / i0Beta;
      h[n] = cutoff * sinc(cutoff * m) * window;
      sum += h[n];
    }
    for (int n = 0; n < numTaps; n++) {
      h[n] /= sum;
    }
    return h;
  }

  /** numpy's normalised sinc, sin(πx) / (πx). */
  private static double sinc(double x) {
    if (x == 0) {
      return 1;
    }
    double px = Math.PI * x;
    return Math.sin(px) / px;
  }

  /** The modified Bessel function of the first kind, order 0, by its power series. */
  static double besselI0(double x) {
    double term = 1;
    double sum = 1;
    double q = x * x / 4;
    for (int k = 1; k < 500; k++) {
      term *= q / ((double) k * k);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    return sum;
  }

  private static int gcd(int a, int b) {
    while (b != 0) {
      int t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
