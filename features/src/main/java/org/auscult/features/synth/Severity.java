package org.auscult.features.synth;

/**
 * How bad a fault is, drawn once per anomalous clip: s = MIN + (1 − MIN)·u^SKEW with u uniform, so
 * most faults are mild and a few are severe, as in a factory where faults are caught early. Fault
 * models scale their physical magnitude (impact amplitude, modulation depth, …) linearly with s.
 */
final class Severity {
  /** The mildest fault still worth calling one. */
  static final double MIN = 0.15;
  /** Above 1 skews towards subtle faults; 1.5 puts the median at s ≈ 0.45. */
  static final double SKEW = 1.5;

  private Severity() {
  }

  static double draw(SynthRandom rng) {
    return MIN + (1.0 - MIN) * StrictMath.pow(rng.nextDouble(), SKEW);
  }
}
