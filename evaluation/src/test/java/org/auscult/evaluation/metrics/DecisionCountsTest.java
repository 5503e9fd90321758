package org.auscult.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  static Stream<Arguments> nothingToCount() {
    return Stream.of(
        Arguments.of("nothing decided anomalous", new boolean[] {true, false},
            new boolean[] {false, false}),
        Arguments.of("no anomaly", new boolean[] {false, false}, new boolean[] {true, false}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nothingToCount")
  void aRatioWithNothingToCountIsZero(String what, boolean[] truth, boolean[] decided) {
    DecisionCounts c = DecisionCounts.count(truth, decided);
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
