package org.auscult.features.synth;

/**
 * The running phase of a rotating shaft and the tones locked to it. The phase is kept as cumulative
 * cycles, so every component derived from it (harmonics, mesh tones, sidebands, once-per-revolution
 * impacts) stays phase-locked to the shaft, as in a real machine.
 */
final class Rotation {
  /** Slowest and fastest rate of the speed wander, Hz. */
  private static final double WANDER_MIN_HZ = 0.05;
  private static final double WANDER_MAX_HZ = 0.4;
  /** Samples per update of the wandering speed (2 ms). */
  static final int BLOCK = 32;

  private Rotation() {
  }

  /**
   * Fills {@code cycles[0..n)} with the phase of a shaft turning at {@code hz} whose speed wanders
   * slowly by up to ±{@code wander} (relative), from a random start phase.
   */
  static void fill(double[] cycles, int n, double hz, double wander, SynthRandom rng) {
    double f1 = rng.uniform(WANDER_MIN_HZ, WANDER_MAX_HZ) / ClipSynthesizer.SAMPLE_RATE;
    double f2 = rng.uniform(WANDER_MIN_HZ, WANDER_MAX_HZ) / ClipSynthesizer.SAMPLE_RATE;
    double p1 = rng.nextDouble();
    double p2 = rng.nextDouble();
    double step = hz / ClipSynthesizer.SAMPLE_RATE;
    double phase = rng.nextDouble();
    // the wander is far slower than a block, so the speed is updated once per block
    for (int start = 0; start < n; start += BLOCK) {
      double w = 0.6 * SineTable.sin(p1 + f1 * start) + 0.4 * SineTable.sin(p2 + f2 * start);
      double s = step * (1.0 + wander * w);
      int end = Math.min(n, start + BLOCK);
      for (int i = start; i < end; i++) {
        phase += s;
        cycles[i] = phase;
      }
    }
  }

  /**
   * dst += gain · (1 + depth·cos(2π·cycles)) · tone(ratio·cycles): a tone at {@code ratio} times the
   * shaft rate, amplitude-modulated once per revolution (sidebands at ± the shaft rate).
   */
  static void addTone(double[] dst, double[] cycles, int n, Wavetable tone, double ratio,
      double gain, double depth) {
    if (depth == 0.0) {
      for (int i = 0; i < n; i++) {
        double x = ratio * cycles[i];
        dst[i] += gain * tone.at(x - (long) x);
      }
      return;
    }
    for (int i = 0; i < n; i++) {
      double c = cycles[i];
      double x = ratio * c;
      double am = 1.0 + depth * SineTable.sinOfFraction(SineTable.fraction(c + 0.25));
      dst[i] += gain * am * tone.at(x - (long) x);
    }
  }

  /**
   * Adds a strike of {@code amplitude} each time the phase {@code ratio·cycles} passes an integer
   * plus {@code offset}; {@code timingJitter} (in cycles of that rate) and {@code amplitudeJitter}
   * (relative) vary each impact a little, as slip and load do.
   */
  static void addImpacts(Strikes strikes, double[] cycles, int n, double ratio, double offset,
      double amplitude, double timingJitter, double amplitudeJitter, SynthRandom rng) {
    double next = Math.floor(ratio * cycles[0] - offset) + 1.0 + offset;
    double shift = timingJitter * rng.uniform(-1.0, 1.0);
    for (int i = 0; i < n; i++) {
      if (ratio * cycles[i] >= next + shift) {
        strikes.add(i, amplitude * (1.0 + amplitudeJitter * rng.uniform(-1.0, 1.0)));
        next += 1.0;
        shift = timingJitter * rng.uniform(-1.0, 1.0);
      }
    }
  }
}
