package org.auscult.evaluation.metrics;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The mean rows of the official result file for a group of sections (one machine, or all).
 *
 * <p>"AUC" averages the AUC (source) and AUC (target) of every section, 2k values for k sections;
 * "pAUC" the k pAUC values; precision, recall and F1 their source and target values (2k). The
 * harmonic means floor each value at {@link Means#FLOOR}. The source (target) harmonic means use
 * the source (target) values only, and all pAUC values. An absent AUC (a domain without normal
 * test clips) is left out of every mean; a section without domains (DCASE 2020, MIMII) brings its
 * AUC over all clips to "AUC" (2020's per-machine average) and nothing to the domain means, which
 * are absent (NaN) when no section has that domain.
 *
 * <p>The official evaluator's per-machine source/target harmonic rows take only the first
 * {@code len(section_ids)//2} of the 2k values, and the target row the rest (a slicing bug); these
 * are the correct means. Its overall rows are right, and agree with these.
 *
 * @param arithmetic arithmetic means
 * @param harmonic floored harmonic means
 * @param sourceHarmonic floored harmonic means of the source values
 * @param targetHarmonic floored harmonic means of the target values
 */
public record SectionAverages(MetricMeans arithmetic, MetricMeans harmonic,
    MetricMeans sourceHarmonic, MetricMeans targetHarmonic) {

  /**
   * Averages {@code sections}; decision means only when every section has decisions.
   *
   * @throws IllegalArgumentException for no sections
   */
  public static SectionAverages of(List<SectionMetrics> sections) {
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("averages of no sections");
    }
    boolean decisions = sections.stream().allMatch(SectionMetrics::hasDecisions);
    double[] aucS = column(sections, SectionMetrics::aucSource);
    double[] aucT = column(sections, SectionMetrics::aucTarget);
    double[] aucNoDomain = sections.stream().filter(m -> !m.domains())
        .mapToDouble(SectionMetrics::aucAll).toArray();
    double[] pauc = column(sections, SectionMetrics::pauc);
    double[][] precision = decisions ? domainColumns(sections, DecisionCounts::precision) : null;
    double[][] recall = decisions ? domainColumns(sections, DecisionCounts::recall) : null;
    double[][] f1 = decisions ? domainColumns(sections, DecisionCounts::f1) : null;

    MetricMeans arithmetic = new MetricMeans(Means.arithmeticPresent(concat(aucS, aucT,
        aucNoDomain)),
        Means.arithmetic(pauc), decisions ? Optional.of(new DecisionMeans(
            Means.arithmetic(concat(precision)), Means.arithmetic(concat(recall)),
            Means.arithmetic(concat(f1)))) : Optional.empty());
    MetricMeans harmonic = new MetricMeans(Means.harmonicPresent(concat(aucS, aucT,
        aucNoDomain)),
        Means.harmonicFloored(pauc), decisions ? Optional.of(new DecisionMeans(
            Means.harmonicFloored(concat(precision)), Means.harmonicFloored(concat(recall)),
            Means.harmonicFloored(concat(f1)))) : Optional.empty());
    return new SectionAverages(arithmetic, harmonic,
        domainHarmonic(aucS, pauc, precision, recall, f1, 0),
        domainHarmonic(aucT, pauc, precision, recall, f1, 1));
  }

  private static MetricMeans domainHarmonic(double[] auc, double[] pauc, double[][] precision,
      double[][] recall, double[][] f1, int domain) {
    return new MetricMeans(Means.harmonicPresent(auc), Means.harmonicFloored(pauc),
        precision == null ? Optional.empty() : Optional.of(new DecisionMeans(
            Means.harmonicFloored(precision[domain]), Means.harmonicFloored(recall[domain]),
            Means.harmonicFloored(f1[domain]))));
  }

  private static double[] column(List<SectionMetrics> sections,
      ToDoubleFunction<SectionMetrics> value) {
    return sections.stream().mapToDouble(value).toArray();
  }

  /** [source values, target values] of one decision metric. */
  private static double[][] domainColumns(List<SectionMetrics> sections,
      ToDoubleFunction<DecisionCounts> value) {
    return new double[][] {
        sections.stream().mapToDouble(s -> value.applyAsDouble(s.decisionsSource().orElseThrow()))
            .toArray(),
        sections.stream().mapToDouble(s -> value.applyAsDouble(s.decisionsTarget().orElseThrow()))
            .toArray()};
  }

  private static double[] concat(double[]... parts) {
    int n = 0;
    for (double[] p : parts) {
      n += p.length;
    }
    double[] out = new double[n];
    int k = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, out, k, p.length);
      k += p.length;
    }
    return out;
  }
}
