package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrikesTest {

  @Test
  void sparseAndDenseRenderingAgreeToTheRingsCutOff() {
    int n = ClipSynthesizer.SAMPLES;
    double[] work = new double[n];
    Strikes sparse = new Strikes();
    for (int k = 0; k < 20; k++) {
      sparse.add(1000 + 7919 * k, 1.0 + 0.1 * k);
    }
    double[] bySparse = new double[n];
    sparse.ring(bySparse, work, 1500, 10);
    // the same strikes, rendered densely by filtering the whole excitation
    double[] byFilter = new double[n];
    for (int k = 0; k < 20; k++) {
      byFilter[1000 + 7919 * k] = 1.0 + 0.1 * k;
    }
    Biquad.resonator(1500, 10).filter(byFilter, n);
    double worst = 0.0;
    for (int i = 0; i < n; i++) {
      worst = Math.max(worst, Math.abs(bySparse[i] - byFilter[i]));
    }
    // each ring is cut at 1e-6 of its start; the largest strike is 2.9
    assertThat(worst).isLessThan(2.9e-6 * 1.05);
    assertThat(bySparse[1000]).isEqualTo(0.5 * (1.0 + 1e-20));
  }

  @Test
  void ignoresStrikesOutsideTheClip() {
    Strikes s = new Strikes();
    s.add(-1, 1.0);
    s.add(ClipSynthesizer.SAMPLES, 1.0);
    assertThat(s.count()).isZero();
  }
}
