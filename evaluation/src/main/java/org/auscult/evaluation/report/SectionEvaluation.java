package org.auscult.evaluation.report;

import java.util.Objects;
import org.auscult.evaluation.metrics.SectionMetrics;
import org.auscult.evaluation.scores.ScoredSection;

/** A section's scores and the metrics computed from them. */
public record SectionEvaluation(ScoredSection section, SectionMetrics metrics) {
  public SectionEvaluation {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(metrics, "metrics");
  }

  /** Machine folder name, e.g. {@code ToyCar}. */
  public String machine() {
    return section.machine().dirName();
  }

  /** Two-digit section, e.g. {@code 03}. */
  public String sectionId() {
    return section.sectionId();
  }
}
