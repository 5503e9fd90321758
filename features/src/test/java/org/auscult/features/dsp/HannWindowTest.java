package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HannWindowTest {

  @Test
  void isPeriodicZeroAtTheStartOneInTheMiddleAndSymmetricAroundIt() {
    double[] w = HannWindow.periodic(8);
    double[] expected = {0, 0.1464466094067262, 0.5, 0.8535533905932737, 1, 0.8535533905932737, 0.5,
        0.1464466094067262};
    for (int n = 0; n < 8; n++) {
      assertThat(w[n]).as("n=%d", n).isCloseTo(expected[n], within(1e-15));
    }
    double[] big = HannWindow.periodic(1024);
    double sum = 0;
    for (int n = 0; n < 1024; n++) {
      sum += big[n];
      assertThat(big[n]).isCloseTo(0.5 - 0.5 * Math.cos(2 * Math.PI * n / 1024), within(1e-15));
    }
    assertThat(sum).isCloseTo(512.0, within(1e-9)); // periodic: exactly N/2
  }

  @Test
  void rejectsAnEmptyWindow() {
    assertThatThrownBy(() -> HannWindow.periodic(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("window length must be >= 1, got 0");
  }
}
