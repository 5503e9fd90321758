package org.auscult.training.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatisticsExchangeTest {
  // two classes, so labels of 3 blocks × 2; example A is class 0, B class 1
  private static final float[] LABELS = {1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0};

  @Test
  void aFrameTakesThePartnersFrameLevelAndSpreadAndKeepsItsShape() {
    // frame 0: A [3, 0, 0] (mean 1, std √2), B [0, 0, 6] (mean 2, std 2√2): A' = (A − 1)·2 + 2
    // frame 1: A [1, 1, 4] (mean 2, std √2), B [5, 5, 5] (mean 5, std 0): A' = 5 everywhere
    float[] x = {3, 0, 0, 1, 1, 4, /* B */ 0, 0, 6, 5, 5, 5};
    float[] y = LABELS.clone();
    new StatisticsExchange(1, 3, StatisticsExchange.Axis.FRAME).apply(x, y, 2, 6, 6,
        new SplittableRandom(1));
    assertThat(x[0]).isCloseTo(6f, within(1e-5f));
    assertThat(x[1]).isCloseTo(0f, within(1e-5f));
    assertThat(x[2]).isCloseTo(0f, within(1e-5f));
    for (int k = 3; k < 6; k++) {
      assertThat(x[k]).isCloseTo(5f, within(1e-5f));
    }
    // B's constant frame 1 keeps its shape (flat) at A's level 2
    for (int k = 9; k < 12; k++) {
      assertThat(x[k]).isCloseTo(2f, within(1e-5f));
    }
    // a hybrid is half its own class in block 2, half its partner's in block 3
    assertThat(y).containsExactly(0, 0, 0.5f, 0, 0, 0.5f, /* B */ 0, 0, 0, 0.5f, 0.5f, 0);
  }

  @Test
  void aMelBinTakesThePartnersMeanAndSpreadOverTime() {
    // 3 frames × 2 bins. Bin 0 over time: A [3, 0, 0], B [0, 0, 6] → A' [6, 0, 0];
    // bin 1: A [1, 1, 1] (flat) → B's mean 4 everywhere
    float[] x = {3, 1, 0, 1, 0, 1, /* B */ 0, 2, 0, 4, 6, 6};
    float[] y = LABELS.clone();
    new StatisticsExchange(1, 2, StatisticsExchange.Axis.BIN).apply(x, y, 2, 6, 6,
        new SplittableRandom(1));
    float[] a = java.util.Arrays.copyOfRange(x, 0, 6);
    float[] expected = {6, 4, 0, 4, 0, 4};
    for (int k = 0; k < 6; k++) {
      assertThat(a[k]).isCloseTo(expected[k], within(1e-5f));
    }
  }

  @Test
  void aShareOfNothingChangesNothingAndAShareOfHalfExchangesAboutHalf() {
    float[] x = new float[200 * 4];
    float[] y = new float[200 * 3];
    for (int i = 0; i < 200; i++) {
      for (int k = 0; k < 4; k++) {
        x[i * 4 + k] = i + k * k;
      }
      y[i * 3] = 1;
    }
    float[] x0 = x.clone();
    float[] y0 = y.clone();
    new StatisticsExchange(0, 2, StatisticsExchange.Axis.FRAME).apply(x, y, 200, 4, 3,
        new SplittableRandom(3));
    assertThat(x).containsExactly(x0);
    assertThat(y).containsExactly(y0);
    new StatisticsExchange(0.5, 2, StatisticsExchange.Axis.FRAME).apply(x, y, 200, 4, 3,
        new SplittableRandom(3));
    int exchanged = 0;
    for (int i = 0; i < 200; i++) {
      exchanged += y[i * 3] == 0 ? 1 : 0;
      assertThat(y[i * 3] + y[i * 3 + 1] + y[i * 3 + 2]).isCloseTo(1f, within(1e-6f));
    }
    assertThat(exchanged).isBetween(70, 130);
  }

  @Test
  void labelsOfOneBlockAndBadSharesAreRefused() {
    var exchange = new StatisticsExchange(1, 2, StatisticsExchange.Axis.FRAME);
    assertThatThrownBy(() -> exchange.apply(new float[8], new float[4], 2, 4, 2,
        new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 blocks");
    assertThatThrownBy(() -> new StatisticsExchange(1.5, 2, StatisticsExchange.Axis.FRAME))
        .hasMessageContaining("[0, 1]");
  }
}
