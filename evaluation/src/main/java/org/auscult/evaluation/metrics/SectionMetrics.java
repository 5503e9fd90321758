package org.auscult.evaluation.metrics;

import java.util.Optional;

/**
 * The official per-section metrics. An AUC that the section's clips do not define is absent, NaN
 * ({@link #isAbsent}): a domain without normal test clips has no AUC of its own, and a set without
 * domains (DCASE 2020, MIMII) has neither; its official values are then {@link #aucAll} and
 * {@link #pauc}, as the 2020 evaluator computed them.
 *
 * @param aucSource ROC AUC over the source-domain normals and ALL anomalies of the section, or NaN
 * @param aucTarget ROC AUC over the target-domain normals and ALL anomalies of the section, or NaN
 * @param pauc McClish-standardised partial AUC up to FPR 0.1 over all clips of the section
 * @param aucAll ROC AUC over all clips of the section (reported, not part of Ω)
 * @param aucSourceWithin ROC AUC over the source domain's normals and anomalies only, DCASE 2021's
 *     per-domain AUC (reported, not part of Ω: it tells detection within a domain apart from how
 *     the domains' scores compare); NaN without both in the domain
 * @param aucTargetWithin the same over the target domain's clips
 * @param decisionsSource decision counts over the source-domain clips only, when decisions exist
 *     (over all clips for a set without domains)
 * @param decisionsTarget decision counts over the target-domain clips only, when decisions exist
 *     (over all clips for a set without domains)
 * @param domains false for a set without domains
 */
public record SectionMetrics(double aucSource, double aucTarget, double pauc, double aucAll,
    double aucSourceWithin, double aucTargetWithin, Optional<DecisionCounts> decisionsSource,
    Optional<DecisionCounts> decisionsTarget, boolean domains) {

  public SectionMetrics {
    if (decisionsSource.isPresent() != decisionsTarget.isPresent()) {
      throw new IllegalArgumentException("decision counts for one domain only");
    }
  }

  /** Computes every metric of {@code section}; O(n log n). */
  public static SectionMetrics of(SectionScores section) {
    boolean domains = section.hasDomains();
    double aucSource = domains && section.normalsOf(false) > 0 ? subsetAuc(section, false)
        : Double.NaN;
    double aucTarget = domains && section.normalsOf(true) > 0 ? subsetAuc(section, true)
        : Double.NaN;
    RocCurve all = RocAuc.curve(section.anomalous(), section.scores());
    Optional<DecisionCounts> source = Optional.empty();
    Optional<DecisionCounts> target = Optional.empty();
    if (section.decisions().isPresent()) {
      source = Optional.of(domains ? section.decisionCounts(false) : section.decisionCounts());
      target = Optional.of(domains ? section.decisionCounts(true) : section.decisionCounts());
    }
    return new SectionMetrics(aucSource, aucTarget,
        all.standardizedPartialArea(RocAuc.OFFICIAL_MAX_FPR), all.area(),
        domains ? withinAuc(section, false) : Double.NaN,
        domains ? withinAuc(section, true) : Double.NaN, source, target, domains);
  }

  /** True for a metric the section's clips do not define. */
  public static boolean isAbsent(double metric) {
    return Double.isNaN(metric);
  }

  /** True when the section's system made decisions. */
  public boolean hasDecisions() {
    return decisionsSource.isPresent();
  }

  /**
   * The values that enter the official score: AUC (source), AUC (target), pAUC, leaving out an
   * absent AUC; AUC and pAUC for a set without domains.
   */
  public double[] officialValues() {
    if (!domains) {
      return new double[] {aucAll, pauc};
    }
    return java.util.stream.DoubleStream.of(aucSource, aucTarget, pauc)
        .filter(v -> !isAbsent(v)).toArray();
  }

  private static double subsetAuc(SectionScores section, boolean domainTarget) {
    int[] subset = section.aucSubset(domainTarget);
    return RocAuc.auc(section.anomalousOf(subset), section.scoresOf(subset));
  }

  /** The AUC over one domain's clips; NaN unless it has normal and anomalous clips. */
  private static double withinAuc(SectionScores section, boolean domainTarget) {
    int[] subset = section.domainSubset(domainTarget);
    boolean[] truth = section.anomalousOf(subset);
    int anomalies = 0;
    for (boolean a : truth) {
      anomalies += a ? 1 : 0;
    }
    return anomalies == 0 || anomalies == truth.length ? Double.NaN
        : RocAuc.auc(truth, section.scoresOf(subset));
  }
}
