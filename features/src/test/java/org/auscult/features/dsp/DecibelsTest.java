package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecibelsTest {

  private static final double TOLERANCE_DB = 1e-12;

  @Test
  void agreesWithMathLog10FromTheFloorToFarAboveAnyClip() {
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 200_000; k++) {
      double energy = Math.pow(10, random.nextDouble(-15.6, 60)); // the floor, −156.5 dB, … +600 dB
      assertThat(Decibels.fromPower(energy)).as("energy %s", energy)
          .isCloseTo(10 * Math.log10(energy), within(TOLERANCE_DB));
    }
  }

  @Test
  void agreesAtEveryTableEdgeAndAroundOne() {
    // values just below and at each sub-interval boundary 1 + i/128, in several octaves
    for (int e = -40; e <= 40; e += 8) {
      for (int i = 0; i <= 128; i++) {
        double edge = Math.scalb(1.0 + i / 128.0, e);
        for (double x : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
          assertThat(Decibels.fromPower(x)).as("energy %s", x)
              .isCloseTo(10 * Math.log10(x), within(TOLERANCE_DB));
        }
      }
    }
    assertThat(Decibels.fromPower(1.0)).isCloseTo(0.0, within(1e-15));
  }

  @Test
  void flooredAtEpsilonAndHonestAboutNanAndInfinity() {
    double floor = 10 * Math.log10(Math.ulp(1.0));
    assertThat(Decibels.fromPower(0.0)).isCloseTo(floor, within(TOLERANCE_DB));
    assertThat(Decibels.fromPower(-1.0)).isCloseTo(floor, within(TOLERANCE_DB));
    assertThat(Decibels.fromPower(Double.MIN_VALUE)).isCloseTo(floor, within(TOLERANCE_DB));
    assertThat(Decibels.fromPower(1e-17)).isCloseTo(floor, within(TOLERANCE_DB));
    assertThat(Decibels.fromPower(Double.NaN)).isNaN();
    assertThat(Decibels.fromPower(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Decibels.fromPower(Double.MAX_VALUE))
        .isCloseTo(10 * Math.log10(Double.MAX_VALUE), within(1e-10));
  }
}
