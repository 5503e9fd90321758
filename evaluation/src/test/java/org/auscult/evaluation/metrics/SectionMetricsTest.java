package org.auscult.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionMetricsTest {
  private static final double EXACT = 1e-12;

  /**
   * Anomalies 0.9 (source) and 0.4 (target); source normals 0.5, 0.1; target normals 0.8, 0.3.
   * AUC-S: {0.9, 0.4} vs {0.5, 0.1} wins 2 + 1 of 4; AUC-T: vs {0.8, 0.3} also 3 of 4; AUC over
   * all: 4 + 2 of 8. pAUC: curve (0,0) (0,½) (¼,½) … so A = 0.1·½ and pAUC = ½(1 + 0.045/0.095).
   * Within each domain: source 0.9 vs {0.5, 0.1} wins 2 of 2; target 0.4 vs {0.8, 0.3} 1 of 2.
   */
  private static SectionScores handWorked(boolean[] decisions) {
    return new SectionScores(
        new boolean[] {true, true, false, false, false, false},
        new boolean[] {false, true, false, false, true, true},
        new double[] {0.9, 0.4, 0.5, 0.1, 0.8, 0.3},
        decisions);
  }

  @Test
  void aucPerDomainUsesAllAnomalies() {
    SectionMetrics m = SectionMetrics.of(handWorked(null));
    assertThat(m.aucSource()).isCloseTo(0.75, within(EXACT));
    assertThat(m.aucTarget()).isCloseTo(0.75, within(EXACT));
    assertThat(m.aucAll()).isCloseTo(0.75, within(EXACT));
    assertThat(m.pauc()).isCloseTo(14.0 / 19.0, within(EXACT));
    assertThat(m.aucSourceWithin()).isCloseTo(1.0, within(EXACT));
    assertThat(m.aucTargetWithin()).isCloseTo(0.5, within(EXACT));
    assertThat(m.hasDecisions()).isFalse();
    assertThat(m.officialValues()).containsExactly(m.aucSource(), m.aucTarget(), m.pauc());
  }

  @Test
  void decisionsAreCountedPerDomain() {
    // source clips: A(yes) N(yes) N(no) -> tp 1 fp 1; target clips: A(no) N(no) N(no) -> all zero
    SectionMetrics m = SectionMetrics.of(
        handWorked(new boolean[] {true, false, true, false, false, false}));
    assertThat(m.decisionsSource()).contains(new DecisionCounts(1, 1, 0, 1));
    assertThat(m.decisionsTarget()).contains(new DecisionCounts(0, 0, 1, 2));
    assertThat(m.decisionsSource().orElseThrow().f1()).isCloseTo(2.0 / 3, within(EXACT));
    assertThat(m.decisionsTarget().orElseThrow().f1()).isZero();
  }

  @Test
  void sectionsWithoutAnomaliesOrWithoutNormalsAreRejected() {
    assertThatThrownBy(() -> new SectionScores(new boolean[] {false, false},
        new boolean[] {false, true}, new double[] {1, 2}, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 anomalies");
    assertThatThrownBy(() -> new SectionScores(new boolean[] {true, true},
        new boolean[] {false, true}, new double[] {1, 2}, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 source normals");
  }

  @Test
  void aDomainWithoutNormalsHasItsAucAbsentAndTheOthersAreComputed() {
    // the case: 2 anomalous, 2 source-normal and 0 target-normal clips
    SectionScores s = new SectionScores(new boolean[] {true, true, false, false},
        new boolean[] {false, true, false, false}, new double[] {0.9, 0.2, 0.5, 0.1}, null);
    SectionMetrics m = SectionMetrics.of(s);
    // source normals {0.5, 0.1} against anomalies {0.9, 0.2}: 3 of 4 pairs ordered
    assertThat(m.aucSource()).isCloseTo(0.75, within(1e-12));
    assertThat(SectionMetrics.isAbsent(m.aucTarget())).isTrue();
    // within the domains: source 0.9 vs {0.5, 0.1}; the target's lone anomaly has no normals
    assertThat(m.aucSourceWithin()).isCloseTo(1.0, within(EXACT));
    assertThat(SectionMetrics.isAbsent(m.aucTargetWithin())).isTrue();
    assertThat(m.officialValues()).containsExactly(m.aucSource(), m.pauc());
    assertThat(OfficialScore.values(List.of(m))).containsExactly(m.aucSource(), m.pauc());
    SectionAverages avg = SectionAverages.of(List.of(m));
    assertThat(avg.arithmetic().auc()).isCloseTo(0.75, within(1e-12));
    assertThat(avg.targetHarmonic().auc()).isNaN();
  }

  @Test
  void aSectionWithoutDomainsIsEvaluatedByAucAndPaucAs2020Was() {
    SectionScores s = new SectionScores(new boolean[] {true, true, false, false, false},
        null, new double[] {0.9, 0.2, 0.5, 0.1, 0.3}, new boolean[] {true, false, true, false,
            false});
    SectionMetrics m = SectionMetrics.of(s);
    assertThat(m.domains()).isFalse();
    assertThat(m.aucSource()).isNaN();
    assertThat(m.aucTarget()).isNaN();
    assertThat(m.aucSourceWithin()).isNaN();
    assertThat(m.aucTargetWithin()).isNaN();
    // anomalies {0.9, 0.2} against normals {0.5, 0.1, 0.3}: 4 of 6 pairs ordered
    assertThat(m.aucAll()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(m.officialValues()).containsExactly(m.aucAll(), m.pauc());
    assertThat(m.decisionsSource()).isEqualTo(m.decisionsTarget());
    assertThat(OfficialScore.of(List.of(m))).isCloseTo(2 / (1 / m.aucAll() + 1 / m.pauc()),
        within(1e-12));
    assertThat(SectionAverages.of(List.of(m)).arithmetic().auc()).isCloseTo(4.0 / 6,
        within(1e-12));
  }

  /** A section with domains, no decisions and no within-domain AUCs (averages do not use them). */
  private static SectionMetrics withDomains(double aucSource, double aucTarget, double pauc,
      double aucAll) {
    return new SectionMetrics(aucSource, aucTarget, pauc, aucAll, Double.NaN, Double.NaN,
        java.util.Optional.empty(), java.util.Optional.empty(), true);
  }

  @Test
  void averagesFollowTheOfficialRows() {
    SectionMetrics a = withDomains(0.5, 1.0, 0.6, 0.7);
    SectionMetrics b = withDomains(0.25, 0.5, 0.9, 0.7);
    SectionAverages avg = SectionAverages.of(List.of(a, b));
    assertThat(avg.arithmetic().auc()).isCloseTo((0.5 + 1.0 + 0.25 + 0.5) / 4, within(EXACT));
    assertThat(avg.arithmetic().pauc()).isCloseTo(0.75, within(EXACT));
    assertThat(avg.harmonic().auc()).isCloseTo(4 / (2 + 1 + 4 + 2.0), within(EXACT));
    assertThat(avg.sourceHarmonic().auc()).isCloseTo(2 / (2 + 4.0), within(EXACT));
    assertThat(avg.targetHarmonic().auc()).isCloseTo(2 / (1 + 2.0), within(EXACT));
    assertThat(avg.sourceHarmonic().pauc()).isCloseTo(2 / (1 / 0.6 + 1 / 0.9), within(EXACT));
    assertThat(avg.arithmetic().decisions()).isEmpty();
    // Ω: harmonic mean of 0.5, 0.25, 1.0, 0.5, 0.6, 0.9
    assertThat(OfficialScore.of(List.of(a, b)))
        .isCloseTo(6 / (2 + 4 + 1 + 2 + 1 / 0.6 + 1 / 0.9), within(EXACT));
  }
}
