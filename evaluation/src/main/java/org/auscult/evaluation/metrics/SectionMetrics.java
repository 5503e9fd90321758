package org.auscult.evaluation.metrics;

import java.util.Optional;

/**
 * The official per-section metrics.
 *
 * @param aucSource ROC AUC over the source-domain normals and ALL anomalies of the section
 * @param aucTarget ROC AUC over the target-domain normals and ALL anomalies of the section
 * @param pauc McClish-standardised partial AUC up to FPR 0.1 over all clips of the section
 * @param aucAll ROC AUC over all clips of the section (reported, not part of Ω)
 * @param decisionsSource decision counts over the source-domain clips only, when decisions exist
 * @param decisionsTarget decision counts over the target-domain clips only, when decisions exist
 */
public record SectionMetrics(double aucSource, double aucTarget, double pauc, double aucAll,
    Optional<DecisionCounts> decisionsSource, Optional<DecisionCounts> decisionsTarget) {

  public SectionMetrics {
    if (decisionsSource.isPresent() != decisionsTarget.isPresent()) {
      throw new IllegalArgumentException("decision counts for one domain only");
    }
  }

  /** Computes every metric of {@code section}; O(n log n). */
  public static SectionMetrics of(SectionScores section) {
    double aucSource = subsetAuc(section, false);
    double aucTarget = subsetAuc(section, true);
    RocCurve all = RocAuc.curve(section.anomalous(), section.scores());
    Optional<DecisionCounts> source = Optional.empty();
    Optional<DecisionCounts> target = Optional.empty();
    if (section.decisions().isPresent()) {
      source = Optional.of(section.decisionCounts(false));
      target = Optional.of(section.decisionCounts(true));
    }
    return new SectionMetrics(aucSource, aucTarget,
        all.standardizedPartialArea(RocAuc.OFFICIAL_MAX_FPR), all.area(), source, target);
  }

  /** True when the section's system made decisions. */
  public boolean hasDecisions() {
    return decisionsSource.isPresent();
  }

  /** The three values that enter the official score: AUC (source), AUC (target), pAUC. */
  public double[] officialValues() {
    return new double[] {aucSource, aucTarget, pauc};
  }

  private static double subsetAuc(SectionScores section, boolean domainTarget) {
    int[] subset = section.aucSubset(domainTarget);
    return RocAuc.auc(section.anomalousOf(subset), section.scoresOf(subset));
  }
}
