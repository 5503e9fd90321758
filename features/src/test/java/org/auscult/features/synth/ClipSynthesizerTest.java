package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClipSynthesizerTest {
  private static final long SEED = ClipSynthesizer.DEFAULT_SEED;

  private static ClipName clip(MachineType m, int section, Domain d, Split s, Label l, int index) {
    return SynthPlan.name(m, section, d, s, l, index);
  }

  @Test
  void theSameClipRendersBitForBitTheSameOnAnyInstanceInAnyOrder() {
    ClipName a = clip(MachineType.of("gearbox"), 1, Domain.TARGET, Split.TEST, Label.ANOMALY, 4);
    ClipName other = clip(MachineType.of("valve"), 2, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 7);
    ClipSynthesizer first = new ClipSynthesizer();
    float[] once = first.render(SEED, MachineType.of("gearbox"), a);
    first.render(SEED, MachineType.of("valve"), other);
    float[] again = first.render(SEED, MachineType.of("gearbox"), a);
    float[] elsewhere = new ClipSynthesizer().render(SEED, MachineType.of("gearbox"), a);
    assertThat(again).isEqualTo(once);
    assertThat(elsewhere).isEqualTo(once);
  }

  @Test
  void everyPartOfTheIdentityChangesTheClip() {
    ClipSynthesizer synth = new ClipSynthesizer();
    ClipName base = clip(MachineType.of("fan"), 1, Domain.SOURCE, Split.TEST, Label.NORMAL, 2);
    float[] x = synth.render(SEED, MachineType.of("fan"), base);
    List<float[]> variants = List.of(
        synth.render(SEED + 1, MachineType.of("fan"), base),
        synth.render(SEED, MachineType.of("fan"),
            clip(MachineType.of("fan"), 1, Domain.SOURCE, Split.TEST, Label.NORMAL, 3)),
        synth.render(SEED, MachineType.of("fan"),
            clip(MachineType.of("fan"), 1, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 2)),
        synth.render(SEED, MachineType.of("fan"),
            clip(MachineType.of("fan"), 1, Domain.SOURCE, Split.TEST, Label.ANOMALY, 2)),
        synth.render(SEED, MachineType.of("fan"),
            clip(MachineType.of("fan"), 0, Domain.SOURCE, Split.TEST, Label.NORMAL, 2)));
    for (float[] v : variants) {
      assertThat(v).isNotEqualTo(x);
    }
  }

  /**
   * A fingerprint of a few rendered clips. It changes whenever the sound models change, on purpose
   * or not: a change on purpose updates the constant (and regenerates any stored synthetic set);
   * a change without one means rendering is no longer reproducible.
   */
  @Test
  void renderingIsReproducibleAcrossJvmsAndReleases() {
    ClipSynthesizer synth = new ClipSynthesizer();
    long h = 1125899906842597L;
    for (MachineType m : SynthMachine.types()) {
      float[] x = synth.render(SEED, m, clip(m, 0, Domain.SOURCE, Split.TEST, Label.ANOMALY, 1));
      for (float v : x) {
        h = 31 * h + Float.floatToIntBits(v);
      }
    }
    assertThat(Long.toHexString(h)).isEqualTo(FINGERPRINT);
  }

  /** Rendered with the interpreter, C1, C2 and C2 without AVX: all agree. */
  private static final String FINGERPRINT = "5d7203f5ad6d16e6";

  @ParameterizedTest
  @EnumSource(SynthMachine.class)
  void everyKindOfClipIsFiniteAndComfortablyInsideFullScale(SynthMachine machine) {
    MachineType m = machine.type();
    ClipSynthesizer synth = new ClipSynthesizer();
    float[] out = new float[ClipSynthesizer.SAMPLES];
    for (int section = 0; section < 3; section++) {
      for (Domain d : Domain.values()) {
        for (Label l : Label.values()) {
          ClipName n = clip(m, section, d, Split.TEST, l, 1);
          synth.render(SEED, m, n, out);
          double sum = 0.0;
          double peak = 0.0;
          for (float v : out) {
            assertThat(Float.isFinite(v)).as("%s %s", m, n).isTrue();
            sum += (double) v * v;
            peak = Math.max(peak, Math.abs(v));
          }
          double rms = Math.sqrt(sum / out.length);
          assertThat(peak).as("peak of %s %s", m, n).isLessThan(ClipSynthesizer.CEILING);
          assertThat(rms).as("rms of %s %s", m, n).isBetween(0.02, 0.2);
        }
      }
    }
  }

  @Test
  void failsClearlyOnANameItCannotRender() {
    ClipSynthesizer synth = new ClipSynthesizer();
    assertThatThrownBy(() -> synth.render(SEED, MachineType.of("gearbox"),
        ClipName.dev(0, Domain.SOURCE, Split.TEST, Label.NORMAL, 0, "wt_50")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("section_00_source_test_normal_0000_wt_50.wav")
        .hasMessageContaining("'volt'");
    assertThatThrownBy(() -> synth.render(SEED, MachineType.of("fan"), ClipName.evalTest(3, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("development name");
    assertThatThrownBy(() -> synth.render(SEED, MachineType.of("fan"),
        clip(MachineType.of("fan"), 0, Domain.SOURCE, Split.TEST, Label.NORMAL, 0), new float[10]))
        .hasMessageContaining("160000");
  }
}
