package org.auscult.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-worked cases; each number was also checked against scikit-learn 1.9.1's
 * {@code roc_auc_score} (with and without {@code max_fpr=0.1}).
 */
class RocAucTest {
  private static final double EXACT = 1e-12;
  /** pAUC of a curve that is flat at 0 up to FPR 0.1: ½·(1 − 0.005/0.095) = 9/19. */
  private static final double PAUC_FLOOR = 9.0 / 19.0;

  static Stream<Arguments> rankings() {
    return Stream.of(
        Arguments.of("perfect ranking", new boolean[] {false, false, true, true},
            new double[] {0.1, 0.2, 0.8, 0.9}, 1.0, 1.0),
        // the partial AUC's floor: a curve flat at 0 up to FPR 0.1
        Arguments.of("inverted ranking", new boolean[] {true, true, false, false},
            new double[] {0.1, 0.2, 0.8, 0.9}, 0.0, PAUC_FLOOR),
        Arguments.of("all scores tied", new boolean[] {false, true, false, true, true},
            new double[] {0.3, 0.3, 0.3, 0.3, 0.3}, 0.5, 0.5),
        // 0.5 beats 0.1, 0.2, 0.3 but not 0.6: 3/4; the curve is flat at 0 until FPR 0.25
        Arguments.of("one positive", new boolean[] {true, false, false, false, false},
            new double[] {0.5, 0.1, 0.6, 0.2, 0.3}, 0.75, PAUC_FLOOR));
  }

  @ParameterizedTest(name = "{0}: AUC {3}, pAUC {4}")
  @MethodSource("rankings")
  void aucAndPartialAucOfHandWorkedRankings(String what, boolean[] y, double[] s, double auc,
      double partialAuc) {
    assertThat(RocAuc.auc(y, s)).isCloseTo(auc, within(EXACT));
    assertThat(RocAuc.partialAuc(y, s, 0.1)).isCloseTo(partialAuc, within(EXACT));
  }

  @Test
  void allTiedScoresMakeOneStepFromOriginToOneOne() {
    boolean[] y = {false, true, false, true, true};
    double[] s = {0.3, 0.3, 0.3, 0.3, 0.3};
    assertThat(RocAuc.curve(y, s).size()).isEqualTo(2);
  }

  @Test
  void tiesCountHalfAndTheCurveIsInterpolatedAtMaxFpr() {
    // positives 0.9, 0.5; negatives 0.5, 0.1, 0.5: pairs won 3 + (0.5 + 1 + 0.5) = 5 of 6.
    // Curve (0,0) (0,½) (⅔,1) (1,1): at FPR 0.1 the TPR is ½ + ½·0.1/(⅔) = 0.575,
    // A = 0.1·(0.5 + 0.575)/2 = 0.05375, pAUC = ½(1 + 0.04875/0.095) = 115/152.
    boolean[] y = {true, true, false, false, false};
    double[] s = {0.9, 0.5, 0.5, 0.1, 0.5};
    assertThat(RocAuc.auc(y, s)).isCloseTo(5.0 / 6.0, within(EXACT));
    assertThat(RocAuc.curve(y, s).partialArea(0.1)).isCloseTo(0.05375, within(EXACT));
    assertThat(RocAuc.partialAuc(y, s, 0.1)).isCloseTo(115.0 / 152.0, within(EXACT));
  }

  @Test
  void aPointExactlyAtMaxFprIsIncludedWithItsVerticalStep() {
    // negatives 1..10, positives 9.5 and 10.5: (0,0) (0,½) (0.1,½) (0.1,1) (0.2,1) …
    // A = 0.1·½ = 0.05, pAUC = ½(1 + 0.045/0.095) = 14/19; AUC = (10 + 9)/20
    boolean[] y = new boolean[12];
    double[] s = new double[12];
    for (int i = 0; i < 10; i++) {
      s[i] = i + 1;
    }
    y[10] = true;
    s[10] = 9.5;
    y[11] = true;
    s[11] = 10.5;
    assertThat(RocAuc.auc(y, s)).isCloseTo(0.95, within(EXACT));
    assertThat(RocAuc.partialAuc(y, s, 0.1)).isCloseTo(14.0 / 19.0, within(EXACT));
  }

  @Test
  void negativeZeroTiesWithPositiveZero() {
    boolean[] y = {true, false};
    double[] s = {-0.0, 0.0};
    assertThat(RocAuc.auc(y, s)).isCloseTo(0.5, within(EXACT));
  }

  @Test
  void maxFprOfOneIsThePlainArea() {
    boolean[] y = {true, true, false, false, false};
    double[] s = {0.9, 0.5, 0.5, 0.1, 0.5};
    assertThat(RocAuc.partialAuc(y, s, 1.0)).isEqualTo(RocAuc.auc(y, s));
  }

  @Test
  void curveRunsFromOriginToOneOne() {
    RocCurve c = RocAuc.curve(new boolean[] {true, false, true}, new double[] {3, 2, 1});
    assertThat(c.falsePositiveRates()).containsExactly(0.0, 0.0, 1.0, 1.0);
    assertThat(c.truePositiveRates()).containsExactly(0.0, 0.5, 0.5, 1.0);
  }

  @Test
  void rejectsInputsWhereTheAucIsUndefined() {
    assertThatThrownBy(() -> RocAuc.auc(new boolean[] {true, true}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both classes");
    assertThatThrownBy(() -> RocAuc.auc(new boolean[] {true, false}, new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
    assertThatThrownBy(() -> RocAuc.auc(new boolean[] {true}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    assertThatThrownBy(() -> RocAuc.partialAuc(new boolean[] {true, false}, new double[] {1, 2}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFpr");
  }
}
