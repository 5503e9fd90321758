package org.auscult.features.synth;

/**
 * A second-order IIR section (transposed direct form II) with the Audio-EQ-Cookbook designs
 * (R. Bristow-Johnson). Coefficients use {@link StrictMath}; the per-sample recursion is plain
 * arithmetic, so a filtered signal is bit-identical on every JVM. A 1e-20 offset on the input keeps
 * a resonator that rings out between sparse impulses from sinking into slow subnormal numbers.
 */
final class Biquad {
  /** The q of a maximally flat (Butterworth) low- or high-pass: 1/√2. */
  static final double BUTTERWORTH_Q = 0.7071067811865476;
  private static final double ANTI_DENORMAL = 1e-20;
  /**
   * Impulse-response length for {@link #noiseGain()}: 0.25 s, hundreds of time constants of every
   * noise-shaping design used here (resonators are not measured this way).
   */
  private static final int NOISE_GAIN_TAPS = 4096;

  private final double b0;
  private final double b1;
  private final double b2;
  private final double a1;
  private final double a2;
  private double z1;
  private double z2;

  private Biquad(double b0, double b1, double b2, double a0, double a1, double a2) {
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = a1 / a0;
    this.a2 = a2 / a0;
  }

  /** Band-pass with 0 dB gain at {@code hz} and bandwidth hz/q. */
  static Biquad bandPass(double hz, double q) {
    double w = omega(hz);
    double alpha = StrictMath.sin(w) / (2.0 * q);
    double c = StrictMath.cos(w);
    return new Biquad(alpha, 0.0, -alpha, 1.0 + alpha, -2.0 * c, 1.0 - alpha);
  }

  /**
   * A structural resonance struck by impulses: the band-pass scaled so that a unit impulse starts a
   * ring of amplitude 1 (h[n] ≈ rⁿ·cos(n·ω), h[0] = ½) at {@code hz}, decaying with a time
   * constant of 2q/sin(ω) samples, about q/(π·hz) seconds.
   */
  static Biquad resonator(double hz, double q) {
    double w = omega(hz);
    double alpha = StrictMath.sin(w) / (2.0 * q);
    double c = StrictMath.cos(w);
    return new Biquad(0.5, 0.0, -0.5, 1.0, -2.0 * c / (1.0 + alpha), (1.0 - alpha) / (1.0 + alpha));
  }

  /**
   * Samples until the free ring of this (resonant) design has decayed to {@code fraction} of its
   * start: ln(fraction) / ln(r) for pole radius r = √a2.
   */
  int ringSamples(double fraction) {
    return (int) Math.ceil(StrictMath.log(fraction) / StrictMath.log(Math.sqrt(a2)));
  }

  /** Second-order low-pass, −3 dB at {@code hz} for q = 1/√2. */
  static Biquad lowPass(double hz, double q) {
    double w = omega(hz);
    double alpha = StrictMath.sin(w) / (2.0 * q);
    double c = StrictMath.cos(w);
    return new Biquad((1.0 - c) / 2.0, 1.0 - c, (1.0 - c) / 2.0, 1.0 + alpha, -2.0 * c,
        1.0 - alpha);
  }

  /** Second-order high-pass. */
  static Biquad highPass(double hz, double q) {
    double w = omega(hz);
    double alpha = StrictMath.sin(w) / (2.0 * q);
    double c = StrictMath.cos(w);
    return new Biquad((1.0 + c) / 2.0, -(1.0 + c), (1.0 + c) / 2.0, 1.0 + alpha, -2.0 * c,
        1.0 - alpha);
  }

  /** Peaking equaliser: {@code gainDb} at {@code hz}, bandwidth set by q, unity elsewhere. */
  static Biquad peaking(double hz, double q, double gainDb) {
    double w = omega(hz);
    double alpha = StrictMath.sin(w) / (2.0 * q);
    double c = StrictMath.cos(w);
    double a = StrictMath.pow(10.0, gainDb / 40.0);
    return new Biquad(1.0 + alpha * a, -2.0 * c, 1.0 - alpha * a, 1.0 + alpha / a, -2.0 * c,
        1.0 - alpha / a);
  }

  /**
   * The RMS gain of this design for white noise, √Σh², from its impulse response (on a fresh copy:
   * this filter's state is untouched). Used to set noise levels before filtering.
   */
  double noiseGain() {
    Biquad copy = fresh();
    double sum = 0.0;
    double x = 1.0;
    for (int i = 0; i < NOISE_GAIN_TAPS; i++) {
      double y = copy.step(x);
      sum += y * y;
      x = 0.0;
    }
    return Math.sqrt(sum);
  }

  /** The same design with a clean state. */
  Biquad fresh() {
    return new Biquad(b0, b1, b2, 1.0, a1, a2);
  }

  /** One sample through the filter. */
  double step(double x) {
    x += ANTI_DENORMAL;
    double y = b0 * x + z1;
    z1 = b1 * x - a1 * y + z2;
    z2 = b2 * x - a2 * y;
    return y;
  }

  /** Filters {@code buf[0..n)} in place. */
  void filter(double[] buf, int n) {
    double s1 = z1;
    double s2 = z2;
    for (int i = 0; i < n; i++) {
      double x = buf[i] + ANTI_DENORMAL;
      double y = b0 * x + s1;
      s1 = b1 * x - a1 * y + s2;
      s2 = b2 * x - a2 * y;
      buf[i] = y;
    }
    z1 = s1;
    z2 = s2;
  }

  private static double omega(double hz) {
    if (!(hz > 0.0 && hz < ClipSynthesizer.SAMPLE_RATE / 2.0)) {
      throw new IllegalArgumentException("filter frequency must be in (0, 8000) Hz, got " + hz);
    }
    return 2.0 * StrictMath.PI * hz / ClipSynthesizer.SAMPLE_RATE;
  }
}
