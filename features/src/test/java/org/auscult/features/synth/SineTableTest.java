package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SineTableTest {

  @Test
  void matchesStrictMathWithinTheInterpolationError() {
    double worst = 0.0;
    for (int i = -20_000; i < 20_000; i++) {
      double phase = i * 0.000731;
      worst = Math.max(worst, Math.abs(SineTable.sin(phase)
          - StrictMath.sin(2 * StrictMath.PI * phase)));
    }
    assertThat(worst).isLessThan(3e-7);
    assertThat(SineTable.cos(0.0)).isCloseTo(1.0, within(1e-15));
    assertThat(SineTable.fraction(-0.25)).isEqualTo(0.75);
    assertThat(SineTable.fraction(3.5)).isEqualTo(0.5);
  }

  @Test
  void aWavetableOfOneHarmonicIsASine() {
    Wavetable w = new Wavetable(new double[] {0.0, 2.0}, new double[] {0.0, 0.25});
    for (int i = 0; i < 100; i++) {
      double t = i / 100.0;
      // interpolation error grows with the harmonic number squared: (2π·2/4096)²/8 · 2 ≈ 1.2e-6
      assertThat(w.at(t)).isCloseTo(2.0 * Math.cos(2 * Math.PI * 2 * t), within(2e-6));
    }
    assertThat(w.rms()).isCloseTo(Math.sqrt(2.0), within(1e-9));
  }
}
