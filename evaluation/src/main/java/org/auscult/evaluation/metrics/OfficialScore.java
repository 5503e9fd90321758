package org.auscult.evaluation.metrics;

import java.util.List;

/**
 * The official score Ω: the harmonic mean of the AUC (source), AUC (target) and pAUC of every
 * section present, each floored at {@link Means#FLOOR} (63 values for 7 machines × 3 sections;
 * with fewer machines, the values of those present). An absent AUC (a domain without normal test
 * clips) is left out; a section without domains (DCASE 2020, MIMII) brings its AUC and pAUC.
 */
public final class OfficialScore {
  private OfficialScore() {
  }

  /** Ω of {@code sections}; values taken in the evaluator's order (all AUC-S, AUC-T, pAUC). */
  public static double of(List<SectionMetrics> sections) {
    return Means.harmonicFloored(values(sections));
  }

  /** The 3k values Ω averages, in the evaluator's order. */
  public static double[] values(List<SectionMetrics> sections) {
    java.util.List<Double> v = new java.util.ArrayList<>();
    for (SectionMetrics m : sections) {
      v.add(m.domains() ? m.aucSource() : m.aucAll());
    }
    for (SectionMetrics m : sections) {
      if (m.domains()) {
        v.add(m.aucTarget());
      }
    }
    for (SectionMetrics m : sections) {
      v.add(m.pauc());
    }
    return v.stream().mapToDouble(Double::doubleValue).filter(x -> !SectionMetrics.isAbsent(x))
        .toArray();
  }
}
