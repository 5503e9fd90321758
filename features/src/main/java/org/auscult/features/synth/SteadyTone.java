package org.auscult.features.synth;

/**
 * A tone of fixed frequency with a few harmonics: mains hum of motors and coils (100 Hz for 50 Hz
 * mains), pump lines, switching whine. Not tied to any shaft.
 */
final class SteadyTone {
  private SteadyTone() {
  }

  /**
   * out += a tone at {@code hz} with relative harmonic amplitudes {@code harmonics} (random phases),
   * scaled to RMS {@code rms}.
   */
  static void add(double[] out, double hz, double[] harmonics, double rms, SynthRandom rng) {
    Wavetable tone = Wavetable.withRandomPhases(harmonics, rng);
    double g = rms / tone.rms();
    double step = hz / ClipSynthesizer.SAMPLE_RATE;
    double p = rng.nextDouble();
    for (int i = 0; i < ClipSynthesizer.SAMPLES; i++) {
      out[i] += g * tone.at(p);
      p += step;
      if (p >= 1.0) {
        p -= 1.0;
      }
    }
  }
}
