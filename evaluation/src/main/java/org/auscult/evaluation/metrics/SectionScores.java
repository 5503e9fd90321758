package org.auscult.evaluation.metrics;

import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The test clips of one section as parallel arrays: truth, domain, anomaly score and, when the
 * system made them, decisions. Checked on construction to be a section some official metric is
 * defined for: at least one anomaly and one normal clip. A domain without normal clips has no AUC
 * of its own ({@link SectionMetrics} leaves it absent); a set without domains (DCASE 2020, MIMII)
 * has {@code target == null} and is evaluated as 2020 was, by AUC and pAUC over the section.
 */
public final class SectionScores {
  private final boolean[] anomalous;
  private final boolean[] target;
  private final double[] scores;
  private final boolean[] decisions;
  private final int sourceNormals;
  private final int targetNormals;

  /**
   * @param anomalous true for an anomalous clip
   * @param target true for a target-domain clip, false for source; {@code null} when the set has
   *     no domains
   * @param scores anomaly scores, higher = more anomalous, all finite
   * @param decisions true = decided anomalous; {@code null} when the system made no decisions
   */
  public SectionScores(boolean[] anomalous, boolean[] target, double[] scores,
      boolean[] decisions) {
    int n = scores.length;
    if (anomalous.length != n || (target != null && target.length != n)
        || (decisions != null && decisions.length != n)) {
      throw new IllegalArgumentException("arrays differ in length: " + anomalous.length
          + " labels, " + (target == null ? 0 : target.length) + " domains, " + n + " scores"
          + (decisions == null ? "" : ", " + decisions.length + " decisions"));
    }
    RankedScores.requireFinite(scores);
    int anomalies = 0;
    int sourceNormals = 0;
    int targetNormals = 0;
    for (int i = 0; i < n; i++) {
      if (anomalous[i]) {
        anomalies++;
      } else if (target != null && target[i]) {
        targetNormals++;
      } else {
        sourceNormals++;
      }
    }
    if (anomalies == 0 || sourceNormals + targetNormals == 0) {
      throw new IllegalArgumentException("a section needs anomalous and normal clips, got "
          + anomalies + " anomalies, " + sourceNormals + " source normals, " + targetNormals
          + " target normals");
    }
    this.anomalous = anomalous.clone();
    this.target = target == null ? null : target.clone();
    this.sourceNormals = target == null ? 0 : sourceNormals;
    this.targetNormals = targetNormals;
    this.scores = scores.clone();
    this.decisions = decisions == null ? null : decisions.clone();
  }

  public int size() {
    return scores.length;
  }

  public boolean[] anomalous() {
    return anomalous.clone();
  }

  /** Domains, true = target; requires {@link #hasDomains()}. */
  public boolean[] target() {
    return target.clone();
  }

  /** False for a set without domains (DCASE 2020, MIMII). */
  public boolean hasDomains() {
    return target != null;
  }

  /** Normal clips of the source (false) or target (true) domain; 0 without domains. */
  public int normalsOf(boolean domainTarget) {
    return domainTarget ? targetNormals : sourceNormals;
  }

  public double[] scores() {
    return scores.clone();
  }

  public Optional<boolean[]> decisions() {
    return Optional.ofNullable(decisions).map(boolean[]::clone);
  }

  boolean isAnomalous(int i) {
    return anomalous[i];
  }

  boolean isTarget(int i) {
    return target != null && target[i];
  }

  /** The clips an AUC of {@code domainTarget}'s domain uses: its normals and every anomaly. */
  int[] aucSubset(boolean domainTarget) {
    return subset(i -> anomalous[i] || target[i] == domainTarget);
  }

  /** The clips of {@code domainTarget}'s domain, normal and anomalous; requires domains. */
  int[] domainSubset(boolean domainTarget) {
    return subset(i -> target[i] == domainTarget);
  }

  private int[] subset(IntPredicate member) {
    return IntStream.range(0, scores.length).filter(member).toArray();
  }

  /** Labels of {@code subset}'s clips. */
  boolean[] anomalousOf(int[] subset) {
    boolean[] out = new boolean[subset.length];
    for (int k = 0; k < subset.length; k++) {
      out[k] = anomalous[subset[k]];
    }
    return out;
  }

  /** Scores of {@code subset}'s clips. */
  double[] scoresOf(int[] subset) {
    double[] out = new double[subset.length];
    for (int k = 0; k < subset.length; k++) {
      out[k] = scores[subset[k]];
    }
    return out;
  }

  /** Decision counts over all clips; requires decisions. */
  DecisionCounts decisionCounts() {
    return DecisionCounts.count(anomalous, decisions);
  }

  /** Decision counts over the clips of one domain; requires decisions and domains. */
  DecisionCounts decisionCounts(boolean domainTarget) {
    int count = 0;
    for (boolean t : target) {
      if (t == domainTarget) {
        count++;
      }
    }
    boolean[] truth = new boolean[count];
    boolean[] decided = new boolean[count];
    int k = 0;
    for (int i = 0; i < scores.length; i++) {
      if (target[i] == domainTarget) {
        truth[k] = anomalous[i];
        decided[k] = decisions[i];
        k++;
      }
    }
    return DecisionCounts.count(truth, decided);
  }
}
