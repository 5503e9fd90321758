package org.auscult.features.synth;

/**
 * How much normal clips of one condition differ from one another, shared by every sound model:
 * the spread that makes "normal" a distribution rather than one sound. Each model adds its own
 * speed spread (its {@code SPEED_JITTER}).
 */
final class NormalVariation {
  /** Spread of a clip's overall machine level, dB: distance, mounting, gain. */
  static final double LEVEL_SIGMA_DB = 1.0;
  /** Spread of each sound component's level against the others, dB: wear, load, temperature. */
  static final double COMPONENT_SIGMA_DB = 0.7;
  /** Relative spread of a resonance or noise band's centre: temperature, mounting. */
  static final double RESONANCE_JITTER = 0.02;

  private NormalVariation() {
  }

  /** A resonance or noise band nominally at {@code hz}, where it lies in this clip. */
  static double resonance(double hz, SynthRandom rng) {
    return hz * rng.jitter(1.0, RESONANCE_JITTER);
  }
}
