package org.auscult.training.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MixupTest {

  @Test
  void aMixedExampleCarriesItsWeightsInFeaturesAndLabelsAlike() {
    // class 0 is all zeros, class 1 all ones: a mixed example's value is its class-1 weight
    int n = 50;
    float[] x = new float[n * 3];
    float[] y = new float[n * 2];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(x, i * 3, i * 3 + 3, i % 2);
      y[i * 2 + i % 2] = 1;
    }
    new Mixup(1).apply(x, y, n, 3, 2, new SplittableRandom(5));
    int mixed = 0;
    for (int i = 0; i < n; i++) {
      assertThat(y[i * 2] + y[i * 2 + 1]).isCloseTo(1f, within(1e-6f));
      for (int k = 0; k < 3; k++) {
        assertThat(x[i * 3 + k]).isCloseTo(y[i * 2 + 1], within(1e-6f));
      }
      mixed += y[i * 2 + 1] > 0 && y[i * 2 + 1] < 1 ? 1 : 0;
    }
    assertThat(mixed).isGreaterThan(n / 3);
  }

  @Test
  void aShareOutsideTheUnitIntervalIsRefused() {
    assertThatThrownBy(() -> new Mixup(-0.1)).hasMessageContaining("[0, 1]");
  }
}
