package org.auscult.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeansTest {
  @Test
  void arithmeticAndHarmonic() {
    assertThat(Means.arithmetic(new double[] {1, 2, 6})).isCloseTo(3.0, within(1e-15));
    assertThat(Means.harmonicFloored(new double[] {1, 2, 4})).isCloseTo(12.0 / 7, within(1e-15));
  }

  @Test
  void zerosAreFlooredNotFatal() {
    assertThat(Means.harmonicFloored(new double[] {0, 0, 0})).isEqualTo(Means.FLOOR);
    assertThat(Means.harmonicFloored(new double[] {0, 1}))
        .isCloseTo(2 / (1 / Means.FLOOR + 1), within(1e-30));
  }

  @Test
  void rejectsNoValuesAndNaN() {
    assertThatThrownBy(() -> Means.arithmetic(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Means.harmonicFloored(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
