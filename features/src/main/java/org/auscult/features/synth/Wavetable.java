package org.auscult.features.synth;

/**
 * One period of a harmonic waveform, tabulated so that a tone with many harmonics costs one
 * interpolated look-up per sample. Built from {@link SineTable} entries, so it is bit-exact too.
 */
final class Wavetable {
  private final double[] table = new double[SineTable.SIZE + 1];

  /**
   * Σ_k amplitudes[k−1] · sin(2π·(k·t + phases[k−1])) for harmonics k = 1..amplitudes.length.
   *
   * @param phases start phase of each harmonic in cycles (same length as amplitudes)
   */
  Wavetable(double[] amplitudes, double[] phases) {
    if (amplitudes.length != phases.length) {
      throw new IllegalArgumentException("expected one phase per harmonic, got "
          + phases.length + " phases for " + amplitudes.length + " harmonics");
    }
    for (int k = 1; k <= amplitudes.length; k++) {
      double a = amplitudes[k - 1];
      if (a == 0.0) {
        continue;
      }
      int offset = (int) Math.round((phases[k - 1] - Math.floor(phases[k - 1])) * SineTable.SIZE);
      for (int i = 0; i < SineTable.SIZE; i++) {
        table[i] += a * SineTable.atIndex(k * i + offset);
      }
    }
    table[SineTable.SIZE] = table[0];
  }

  /** Harmonics of the given amplitudes, each at a random start phase drawn in order from rng. */
  static Wavetable withRandomPhases(double[] amplitudes, SynthRandom rng) {
    double[] phases = new double[amplitudes.length];
    for (int k = 0; k < phases.length; k++) {
      phases[k] = rng.nextDouble();
    }
    return new Wavetable(amplitudes, phases);
  }

  /** A harmonic series with amplitudes 1/k^rolloff up to {@code count}, random phases from rng. */
  static Wavetable series(int count, double rolloff, SynthRandom rng) {
    double[] amps = new double[count];
    for (int k = 1; k <= count; k++) {
      amps[k - 1] = 1.0 / StrictMath.pow(k, rolloff);
    }
    return withRandomPhases(amps, rng);
  }

  /** The waveform at {@code phase} cycles, phase in [0, 1). */
  double at(double phase) {
    double x = phase * SineTable.SIZE;
    int i = (int) x;
    double f = x - i;
    return table[i] + f * (table[i + 1] - table[i]);
  }

  /** The RMS of one period, for setting levels. */
  double rms() {
    double sum = 0.0;
    for (int i = 0; i < SineTable.SIZE; i++) {
      sum += table[i] * table[i];
    }
    return Math.sqrt(sum / SineTable.SIZE);
  }
}
