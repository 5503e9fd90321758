package org.auscult.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DecisionCountsTest {
  private static final double EXACT = 1e-12;

  @Test
  void countsAndRatios() {
    boolean[] truth = {true, true, true, false, false, false, false};
    boolean[] decided = {true, true, false, true, false, false, false};
    DecisionCounts c = DecisionCounts.count(truth, decided);
    assertThat(c).isEqualTo(new DecisionCounts(2, 1, 1, 3));
    assertThat(c.precision()).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(c.recall()).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(c.f1()).isCloseTo(2.0 / 3, within(EXACT));
  }

  @Test
  void nothingDecidedAnomalousGivesZeroPrecisionAndF1() {
    DecisionCounts c =
        DecisionCounts.count(new boolean[] {true, false}, new boolean[] {false, false});
    assertThat(c.precision()).isZero();
    assertThat(c.recall()).isZero();
    assertThat(c.f1()).isZero();
  }

  @Test
  void noAnomalyGivesZeroRecall() {
    DecisionCounts c =
        DecisionCounts.count(new boolean[] {false, false}, new boolean[] {true, false});
    assertThat(c.precision()).isZero();
    assertThat(c.recall()).isZero();
    assertThat(c.f1()).isZero();
  }

  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
    DecisionCounts c = new DecisionCounts(1, 3, 0, 0);
    assertThat(c.precision()).isCloseTo(0.25, within(EXACT));
    assertThat(c.recall()).isCloseTo(1.0, within(EXACT));
    assertThat(c.f1()).isCloseTo(0.4, within(EXACT));
  }
}
