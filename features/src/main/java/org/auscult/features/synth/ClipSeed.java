package org.auscult.features.synth;

import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.MachineType;

/**
 * The random seed of one clip: a 64-bit hash of the data-set seed and the clip's identity (machine,
 * section, domain, split, label, index). The attributes are not hashed: they follow from the
 * identity through {@link SynthPlan}. String hash codes are specified by the JLS, so the seed is the
 * same on every JVM.
 */
final class ClipSeed {
  private ClipSeed() {
  }

  static long of(long seed, MachineType machine, ClipName name) {
    if (name.isEvalTestName()) {
      throw new IllegalArgumentException("a synthetic clip needs a development name, got " + name);
    }
    long h = SynthRandom.mix(seed ^ 0x6A09E667F3BCC909L);
    h = step(h, machine.dirName().hashCode());
    h = step(h, name.section());
    h = step(h, name.domain().token().hashCode());
    h = step(h, name.split().token().hashCode());
    h = step(h, name.label().token().hashCode());
    return step(h, name.index());
  }

  private static long step(long h, long value) {
    return SynthRandom.mix(h * 0x9E3779B97F4A7C15L + value);
  }
}
