package org.auscult.evaluation.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A jackknife confidence interval of Ω: leave one test clip out at a time (over all sections),
 * recompute Ω, and take Ω ± t(N−1)·SE with the jackknife standard error.
 *
 * <p>Leaving a clip out changes only its own section's three values, so each leave-out costs one
 * O(n) pass over that section's pre-sorted scores per affected value: O(n²) per section in all.
 * The interval is centred on Ω itself (not the bias-corrected jackknife estimate) so it always
 * contains the score it qualifies.
 *
 * <p>Not the official evaluator's "official score ci95" number: that one is
 * {@code t·√(Σ(θᵢ − θ̄)²/(N(N−1)))} of the AUC and pAUC of all sections' clips pooled into one
 * set, averaged — a half-width of other statistics, and smaller than the jackknife standard error
 * by a factor N − 1 because it uses the leave-out values where pseudo-values belong.
 */
public final class OfficialScoreJackknife {
  private OfficialScoreJackknife() {
  }

  /**
   * The interval, or empty when some leave-out would leave a section without anomalies or a domain
   * without normal clips (the section's metrics are undefined then): the jackknife needs at least
   * two anomalies and two normal clips per domain in every section.
   */
  public static Optional<JackknifeInterval> interval(List<SectionScores> sections,
      double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("jackknife of no sections");
    }
    List<SectionLeaveOuts> ranked = new ArrayList<>();
    for (SectionScores s : sections) {
      if (!SectionLeaveOuts.allowsLeaveOneOut(s)) {
        return Optional.empty();
      }
      ranked.add(new SectionLeaveOuts(s));
    }
    int valueCount = 3 * sections.size();
    double reciprocalSum = 0;
    for (SectionLeaveOuts r : ranked) {
      reciprocalSum += r.reciprocalSum(r.fullValues());
    }
    double omega = valueCount / reciprocalSum;

    int n = 0;
    for (SectionScores s : sections) {
      n += s.size();
    }
    double[] leaveOut = new double[n];
    int k = 0;
    for (SectionLeaveOuts r : ranked) {
      double own = r.reciprocalSum(r.fullValues());
      for (int i = 0; i < r.size(); i++) {
        leaveOut[k++] = valueCount / (reciprocalSum - own + r.reciprocalSum(r.valuesWithout(i)));
      }
    }
    double mean = Means.arithmetic(leaveOut);
    double squares = 0;
    for (double v : leaveOut) {
      squares += (v - mean) * (v - mean);
    }
    double se = Math.sqrt((n - 1.0) / n * squares);
    double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(
        1 - (1 - confidence) / 2);
    return Optional.of(new JackknifeInterval(omega - t * se, omega + t * se, se, confidence, n));
  }

  /** One section's three ROC sets, ranked once. */
  private static final class SectionLeaveOuts {
    private final SectionScores section;
    private final RankedScores source;
    private final RankedScores target;
    private final RankedScores all;
    /** position of each clip in the source / target AUC subset, -1 if not in it. */
    private final int[] inSource;
    private final int[] inTarget;
    private final double[] full;

    SectionLeaveOuts(SectionScores section) {
      this.section = section;
      int[] s = section.aucSubset(false);
      int[] t = section.aucSubset(true);
      this.source = RankedScores.of(section.anomalousOf(s), section.scoresOf(s));
      this.target = RankedScores.of(section.anomalousOf(t), section.scoresOf(t));
      this.all = RankedScores.of(section.anomalous(), section.scores());
      this.inSource = positions(s, section.size());
      this.inTarget = positions(t, section.size());
      this.full = new double[] {source.curve().area(), target.curve().area(),
          all.curve().standardizedPartialArea(RocAuc.OFFICIAL_MAX_FPR)};
    }

    static boolean allowsLeaveOneOut(SectionScores s) {
      if (!s.hasDomains()) {
        return false;
      }
      int anomalies = 0;
      int sourceNormals = 0;
      int targetNormals = 0;
      for (int i = 0; i < s.size(); i++) {
        if (s.isAnomalous(i)) {
          anomalies++;
        } else if (s.isTarget(i)) {
          targetNormals++;
        } else {
          sourceNormals++;
        }
      }
      return anomalies >= 2 && sourceNormals >= 2 && targetNormals >= 2;
    }

    int size() {
      return section.size();
    }

    double[] fullValues() {
      return full;
    }

    double[] valuesWithout(int clip) {
      return new double[] {
          inSource[clip] < 0 ? full[0] : source.curveWithout(inSource[clip]).area(),
          inTarget[clip] < 0 ? full[1] : target.curveWithout(inTarget[clip]).area(),
          all.curveWithout(clip).standardizedPartialArea(RocAuc.OFFICIAL_MAX_FPR)};
    }

    double reciprocalSum(double[] values) {
      double sum = 0;
      for (double v : values) {
        sum += 1.0 / Math.max(v, Means.FLOOR);
      }
      return sum;
    }

    private static int[] positions(int[] subset, int size) {
      int[] pos = new int[size];
      java.util.Arrays.fill(pos, -1);
      for (int k = 0; k < subset.length; k++) {
        pos[subset[k]] = k;
      }
      return pos;
    }
  }
}
