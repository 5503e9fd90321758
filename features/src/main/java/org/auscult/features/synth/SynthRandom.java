package org.auscult.features.synth;

/**
 * A small, fast, fully specified random generator (SplitMix64, Steele et al. 2014): the same seed
 * gives the same numbers on every JVM. Not thread-safe; one per clip.
 */
final class SynthRandom {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  /** sqrt(3): scales a uniform [-1, 1) value to unit variance. */
  private static final double UNIT_VARIANCE = 1.7320508075688772;

  private long state;

  SynthRandom(long seed) {
    this.state = seed;
  }

  /** The SplitMix64 finaliser: a bijective 64-bit mix with good avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [lo, hi). */
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * nextDouble();
  }

  /** Uniform in {@code [0, bound)}. */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** Standard normal (Box–Muller with {@link StrictMath}); for per-clip parameters, not samples. */
  double gaussian() {
    double u = 1.0 - nextDouble();
    double v = nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** A value around {@code centre} with a relative Gaussian spread, clipped at ±3 sigma. */
  double jitter(double centre, double relativeSigma) {
    double g = Math.max(-3.0, Math.min(3.0, gaussian()));
    return centre * (1.0 + relativeSigma * g);
  }

  /** A gain factor for a level spread of {@code sigmaDb} decibels (Gaussian, clipped at ±3 sigma). */
  double gainJitterDb(double sigmaDb) {
    double g = Math.max(-3.0, Math.min(3.0, gaussian()));
    return Decibels.toGain(sigmaDb * g);
  }

  /** An independent generator for one sound component, so components do not share a stream. */
  SynthRandom fork() {
    return new SynthRandom(nextLong());
  }

  /** Fills {@code buf[0..n)} with uniform white noise of standard deviation {@code sigma}. */
  void fillWhite(double[] buf, int n, double sigma) {
    double scale = sigma * UNIT_VARIANCE * 0x1.0p-52;
    long s = state;
    for (int i = 0; i < n; i++) {
      s += GOLDEN_GAMMA;
      // top 53 bits as a signed offset from the middle: uniform in [-1, 1) after scaling
      buf[i] = ((mix(s) >>> 11) - (1L << 52)) * scale;
    }
    state = s;
  }
}
