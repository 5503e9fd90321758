package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannWhitneyAucTest {

  @Test
  void countsPairsWonAndTiesAsHalf() {
    assertThat(MannWhitneyAuc.of(new double[] {3, 4}, new double[] {1, 2})).isEqualTo(1.0);
    assertThat(MannWhitneyAuc.of(new double[] {1, 2}, new double[] {3, 4})).isEqualTo(0.0);
    // pairs: (2>1) (2<3) (5>1) (5>3) → 3/4; a tie counts half
    assertThat(MannWhitneyAuc.of(new double[] {2, 5}, new double[] {1, 3})).isEqualTo(0.75);
    assertThat(MannWhitneyAuc.of(new double[] {1}, new double[] {1})).isEqualTo(0.5);
    // 0.3: beats 0.1; 0.9: beats both; 0.6: beats 0.1, ties 0.6 → 4.5 of 6 pairs
    assertThat(MannWhitneyAuc.of(new double[] {0.3, 0.9, 0.6}, new double[] {0.1, 0.6}))
        .isCloseTo(4.5 / 6.0, within(1e-12));
  }
}
