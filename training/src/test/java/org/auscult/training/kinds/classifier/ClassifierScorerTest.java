package org.auscult.training.kinds.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassifierScorerTest {

  @Test
  void meanOfLogOddsAgainstTheOwnClass() {
    // patch 1: log(.5) − log(.5) = 0; patch 2: log(.1) − log(.9) = log(1/9) = −2 ln 3
    // mean = −ln 3
    float[][] p = {{0.5f, 0.5f}, {0.9f, 0.1f}};
    assertThat(ClassifierScorer.score(p, 0, 1e-7)).isCloseTo(-Math.log(3), within(1e-6));
    assertThat(ClassifierScorer.score(p, 1, 1e-7)).isCloseTo(Math.log(3), within(1e-6));
  }

  @Test
  void probabilitiesAreClippedToEpsilon() {
    double eps = ClassifierScorer.DEFAULT_EPSILON;
    // p = 1 → log(ε) − log(1 − ε); p = 0 → log(1 − ε) − log(ε)
    assertThat(ClassifierScorer.score(new float[][] {{1f, 0f}}, 0, eps))
        .isCloseTo(Math.log(eps), within(1e-9)).isFinite();
    assertThat(ClassifierScorer.score(new float[][] {{1f, 0f}}, 1, eps))
        .isCloseTo(-Math.log(eps), within(1e-9));
    assertThat(eps).isEqualTo(2.220446049250313e-16);
  }

  @Test
  void refusesAClassOutsideTheModel() {
    assertThatThrownBy(() -> ClassifierScorer.score(new float[][] {{1f, 0f}}, 2, 1e-7))
        .hasMessageContaining("class index 2 outside the model's 2 classes");
  }
}
