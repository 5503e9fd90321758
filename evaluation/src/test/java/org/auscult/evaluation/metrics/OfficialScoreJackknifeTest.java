package org.auscult.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class OfficialScoreJackknifeTest {

  @Test
  void matchesLeavingEachClipOutAndRecomputingFromScratch() {
    Random rng = new Random(20220601L);
    List<SectionScores> sections =
        List.of(randomSection(rng, 7, 4, 5), randomSection(rng, 6, 6, 3));
    JackknifeInterval ci = OfficialScoreJackknife.interval(sections, 0.95).orElseThrow();

    double omega = OfficialScore.of(sections.stream().map(SectionMetrics::of).toList());
    List<Double> leaveOuts = new ArrayList<>();
    for (int s = 0; s < sections.size(); s++) {
      for (int i = 0; i < sections.get(s).size(); i++) {
        List<SectionMetrics> metrics = new ArrayList<>();
        for (int t = 0; t < sections.size(); t++) {
          metrics.add(SectionMetrics.of(t == s ? without(sections.get(t), i) : sections.get(t)));
        }
        leaveOuts.add(OfficialScore.of(metrics));
      }
    }
    int n = leaveOuts.size();
    double mean = leaveOuts.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = leaveOuts.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    double se = Math.sqrt((n - 1.0) / n * squares);
    double t = new TDistribution(n - 1.0).inverseCumulativeProbability(0.975);

    assertThat(ci.leaveOuts()).isEqualTo(n);
    assertThat(ci.standardError()).isCloseTo(se, within(1e-12));
    assertThat(ci.lower()).isCloseTo(omega - t * se, within(1e-12));
    assertThat(ci.upper()).isCloseTo(omega + t * se, within(1e-12));
    assertThat(se).isPositive();
  }

  @Test
  void allTiedScoresGiveAZeroWidthIntervalAtOneHalf() {
    double[] scores = new double[8];
    java.util.Arrays.fill(scores, 2.0);
    SectionScores s = new SectionScores(
        new boolean[] {true, true, true, false, false, false, false, true},
        new boolean[] {false, true, false, false, false, true, true, true}, scores, null);
    JackknifeInterval ci = OfficialScoreJackknife.interval(List.of(s), 0.95).orElseThrow();
    assertThat(ci.lower()).isCloseTo(0.5, within(1e-15));
    assertThat(ci.upper()).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void isEmptyWhenALeaveOutWouldEmptyADomain() {
    SectionScores oneTargetNormal = new SectionScores(
        new boolean[] {true, true, false, false, false},
        new boolean[] {false, true, false, false, true}, new double[] {5, 4, 3, 2, 1}, null);
    assertThat(OfficialScoreJackknife.interval(List.of(oneTargetNormal), 0.95)).isEmpty();
  }

  /** A section with ties (scores on a coarse grid). */
  private static SectionScores randomSection(Random rng, int anomalies, int sourceNormals,
      int targetNormals) {
    int n = anomalies + sourceNormals + targetNormals;
    boolean[] anomalous = new boolean[n];
    boolean[] target = new boolean[n];
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      anomalous[i] = i < anomalies;
      target[i] = i < anomalies ? rng.nextBoolean() : i >= anomalies + sourceNormals;
      scores[i] = Math.round((rng.nextGaussian() + (anomalous[i] ? 0.8 : 0)) * 4) / 4.0;
    }
    return new SectionScores(anomalous, target, scores, null);
  }

  private static SectionScores without(SectionScores s, int clip) {
    int n = s.size() - 1;
    boolean[] a = new boolean[n];
    boolean[] t = new boolean[n];
    double[] x = new double[n];
    for (int i = 0, k = 0; i < s.size(); i++) {
      if (i != clip) {
        a[k] = s.anomalous()[i];
        t[k] = s.target()[i];
        x[k] = s.scores()[i];
        k++;
      }
    }
    return new SectionScores(a, t, x, null);
  }
}
