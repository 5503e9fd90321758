package org.auscult.features.synth;

import java.util.Arrays;

/**
 * Impacts that ring a resonance: collects strikes (sample index, amplitude) and adds the
 * resonance's response to each. A sparse set is rendered strike by strike over the ring's life (to
 * 10⁻⁶ of its start, −120 dB), a dense one by filtering a whole excitation buffer; the two agree to
 * that precision, and which one runs depends only on the strikes, so the result is deterministic.
 */
final class Strikes {
  /** The ring is cut when it has decayed to this fraction of its start. */
  private static final double RING_CUT = 1e-6;

  private int[] at = new int[64];
  private double[] amplitude = new double[64];
  private int count;

  /** Adds a strike at sample {@code index} (ignored outside the clip). */
  void add(int index, double amp) {
    if (index < 0 || index >= ClipSynthesizer.SAMPLES) {
      return;
    }
    if (count == at.length) {
      at = Arrays.copyOf(at, 2 * count);
      amplitude = Arrays.copyOf(amplitude, 2 * count);
    }
    at[count] = index;
    amplitude[count] = amp;
    count++;
  }

  /**
   * Adds strikes at random (Poisson) times, {@code perSecond} on average, each of {@code peak}
   * times a uniform draw from [lo, hi).
   */
  void addAtRandom(double perSecond, double peak, double lo, double hi, SynthRandom rng) {
    double t = -StrictMath.log(1.0 - rng.nextDouble()) / perSecond;
    while (t < ClipSynthesizer.SECONDS) {
      add((int) (t * ClipSynthesizer.SAMPLE_RATE), peak * rng.uniform(lo, hi));
      t += -StrictMath.log(1.0 - rng.nextDouble()) / perSecond;
    }
  }

  /** Strikes collected so far. */
  int count() {
    return count;
  }

  /** Multiplies each strike's amplitude by {@code gain.applyAsDouble(its sample index)}. */
  void scaleEach(java.util.function.IntToDoubleFunction gain) {
    for (int k = 0; k < count; k++) {
      amplitude[k] *= gain.applyAsDouble(at[k]);
    }
  }

  /**
   * out += the response of a resonance at {@code hz} with quality {@code q} to every strike (a
   * unit strike starts a ring of amplitude 1); {@code work} is scratch of the clip's length.
   */
  void ring(double[] out, double[] work, double hz, double q) {
    int n = ClipSynthesizer.SAMPLES;
    if (count == 0) {
      return;
    }
    Biquad design = Biquad.resonator(hz, q);
    int life = design.ringSamples(RING_CUT);
    if ((long) life * count < n) {
      for (int k = 0; k < count; k++) {
        Biquad ring = design.fresh();
        int start = at[k];
        int end = Math.min(n, start + life);
        out[start] += ring.step(amplitude[k]);
        for (int i = start + 1; i < end; i++) {
          out[i] += ring.step(0.0);
        }
      }
    } else {
      Arrays.fill(work, 0, n, 0.0);
      for (int k = 0; k < count; k++) {
        work[at[k]] += amplitude[k];
      }
      design.filter(work, n);
      Mix.add(out, work, n, 1.0);
    }
  }
}
