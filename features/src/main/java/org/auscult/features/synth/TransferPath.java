package org.auscult.features.synth;

/**
 * The acoustic path from a machine to the microphone: a gain, a chain of filters (structure and
 * distance colour the sound) and optionally the echo of a nearby panel (a feedback comb with a
 * damped loop). Applied to the machine sound only; the factory background reaches the microphone
 * by its own path.
 *
 * @param gain the path's overall gain
 * @param filters the filters in the order they apply
 * @param echoDelay the panel echo's delay in samples, 0 for none
 * @param echoFeedback how much of the sound returns each time round
 * @param echoDamping the echo loop's one-pole low-pass coefficient
 */
record TransferPath(double gain, Biquad[] filters, int echoDelay, double echoFeedback,
    double echoDamping) {
  /** The direct path: nothing changes. */
  static final TransferPath DIRECT = new TransferPath(1.0, new Biquad[0], 0, 0.0, 0.0);

  /** A gain in dB and a chain of filters (fresh, unused filters: they keep state). */
  static TransferPath of(double gainDb, Biquad... filters) {
    return new TransferPath(Decibels.toGain(gainDb), filters.clone(), 0, 0.0, 0.0);
  }

  /**
   * This path plus a panel echo: the sound returns after {@code delayMs}, scaled by
   * {@code feedback} and low-passed by a one-pole loop filter with coefficient {@code damping}.
   */
  TransferPath withEcho(double delayMs, double feedback, double damping) {
    int delay = (int) Math.round(delayMs * ClipSynthesizer.SAMPLE_RATE / 1000.0);
    return new TransferPath(gain, filters, delay, feedback, damping);
  }

  /** Applies the path to {@code x[0..n)} in place. */
  void apply(double[] x, int n) {
    for (Biquad f : filters) {
      f.filter(x, n);
    }
    if (echoDelay > 0) {
      addEcho(x, n);
    }
    if (gain != 1.0) {
      Mix.scale(x, n, gain);
    }
  }

  /** y[i] = x[i] + feedback · lp(y[i − delay]): a damped comb, the echo of a close panel. */
  private void addEcho(double[] x, int n) {
    double lp = 0.0;
    for (int i = echoDelay; i < n; i++) {
      lp += (1.0 - echoDamping) * (x[i - echoDelay] - lp);
      x[i] += echoFeedback * lp;
    }
  }
}
