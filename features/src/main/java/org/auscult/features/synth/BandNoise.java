package org.auscult.features.synth;

/**
 * Broadband noise heard through filters: rolling, air, flow and friction noise. Each call draws
 * one white noise of unit power from a stream forked off {@code rng}; a filter's level is set
 * against its {@link Biquad#noiseGain()}, so that a level is the RMS of that filter's output.
 */
final class BandNoise {
  private BandNoise() {
  }

  /** Fills {@code work[0..SAMPLES)} with white noise through {@code filter}. */
  static void fill(double[] work, Biquad filter, SynthRandom rng) {
    rng.fork().fillWhite(work, ClipSynthesizer.SAMPLES, 1.0);
    filter.filter(work, ClipSynthesizer.SAMPLES);
  }

  /** out += one white noise through two filters at once, each at its own level. */
  static void addTwo(double[] out, SynthBuffers b, Biquad f1, double level1, Biquad f2,
      double level2, SynthRandom rng) {
    int n = ClipSynthesizer.SAMPLES;
    double g1 = level1 / f1.noiseGain();
    double g2 = level2 / f2.noiseGain();
    rng.fork().fillWhite(b.work, n, 1.0);
    double[] w = b.work;
    for (int i = 0; i < n; i++) {
      double x = w[i];
      out[i] += g1 * f1.step(x) + g2 * f2.step(x);
    }
  }

  /**
   * As {@link #addTwo}, both parts swelling together with the shaft in {@code b.cycles}: times
   * 1 + depth·sin(2π·ratio·cycles).
   */
  static void addTwoPulsing(double[] out, SynthBuffers b, Biquad f1, double level1, Biquad f2,
      double level2, double ratio, double depth, SynthRandom rng) {
    int n = ClipSynthesizer.SAMPLES;
    double g1 = level1 / f1.noiseGain();
    double g2 = level2 / f2.noiseGain();
    rng.fork().fillWhite(b.work, n, 1.0);
    double[] w = b.work;
    double[] cycles = b.cycles;
    for (int i = 0; i < n; i++) {
      double x = w[i];
      double pulse = 1.0 + depth * SineTable.sin(ratio * cycles[i]);
      out[i] += pulse * (g1 * f1.step(x) + g2 * f2.step(x));
    }
  }
}
