package org.auscult.evaluation.metrics;

import java.util.List;

/**
 * The official score Ω: the harmonic mean of the AUC (source), AUC (target) and pAUC of every
 * section present, each floored at {@link Means#FLOOR} (63 values for 7 machines × 3 sections;
 * with fewer machines, the values of those present).
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
    int k = sections.size();
    double[] v = new double[3 * k];
    for (int s = 0; s < k; s++) {
      v[s] = sections.get(s).aucSource();
      v[k + s] = sections.get(s).aucTarget();
      v[2 * k + s] = sections.get(s).pauc();
    }
    return v;
  }
}
