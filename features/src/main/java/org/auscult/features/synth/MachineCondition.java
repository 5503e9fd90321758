package org.auscult.features.synth;

/**
 * How one clip's machine differs from its nominal self: its level (a gain around 1, spread by
 * {@link NormalVariation#LEVEL_SIGMA_DB}) and, for an anomalous clip, its fault and how severe the
 * fault is ({@link Severity}). Every sound model draws it the same way, from its own stream.
 *
 * @param <F> the model's faults; the first constant is "no fault"
 * @param gain the clip's level relative to the nominal {@link ClipSynthesizer#MACHINE_RMS}
 * @param fault the fault of an anomalous clip, the first constant for a normal one
 * @param severity the fault's severity s in (0, 1], 0 for a normal clip
 */
record MachineCondition<F extends Enum<F>>(double gain, F fault, double severity) {

  /**
   * Draws the gain, then for an anomalous clip one of the faults after the first (uniformly) and
   * its severity.
   */
  static <F extends Enum<F>> MachineCondition<F> draw(Class<F> faults, boolean anomalous,
      SynthRandom rng) {
    F[] all = faults.getEnumConstants();
    double gain = rng.gainJitterDb(NormalVariation.LEVEL_SIGMA_DB);
    F fault = anomalous ? all[1 + rng.nextInt(all.length - 1)] : all[0];
    double severity = anomalous ? Severity.draw(rng) : 0.0;
    return new MachineCondition<>(gain, fault, severity);
  }

  /** The machine's RMS scale in this clip: the nominal RMS times the clip's gain. */
  double unit() {
    return ClipSynthesizer.MACHINE_RMS * gain;
  }

  /** The severity when the machine has {@code f}, else 0: a fault's effect scales with it. */
  double severityOf(F f) {
    return fault == f ? severity : 0.0;
  }
}
