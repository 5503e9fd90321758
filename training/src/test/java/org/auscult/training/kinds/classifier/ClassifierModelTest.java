package org.auscult.training.kinds.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class ClassifierModelTest {
  @Test
  void theScoreIsTheLogOddsAgainstTheOwnSection() {
    assertThat(ClassifierModel.score(0.25, 0.75)).isCloseTo(Math.log(3), offset(1e-12));
    assertThat(ClassifierModel.score(0.5, 0.5)).isEqualTo(0.0);
  }

  @Test
  void confidentClipsKeepTheirOrder() {
    // own-section probabilities summed in floats round to 1: 1 − p would be 0 for both clips
    float own = 0.999999999f;
    assertThat(own).isEqualTo(1f);
    double surer = ClassifierModel.score(own, 3e-9);
    double lessSure = ClassifierModel.score(own, 6e-9);
    assertThat(surer).isCloseTo(Math.log(3e-9), offset(1e-9));
    assertThat(lessSure).isGreaterThan(surer);
  }

  @Test
  void probabilitiesAtZeroAreClippedAtTheMachineEpsilon() {
    double epsilon = Math.ulp(1.0);
    assertThat(ClassifierModel.score(1, 0)).isCloseTo(Math.log(epsilon), offset(1e-12));
    assertThat(ClassifierModel.score(0, 1)).isCloseTo(-Math.log(epsilon), offset(1e-12));
  }
}
