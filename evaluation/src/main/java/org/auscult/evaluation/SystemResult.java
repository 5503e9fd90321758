package org.auscult.evaluation;

import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.report.SystemEvaluation;

/**
 * One system's evaluation and the files written for it.
 *
 * @param evaluation the metrics
 * @param metricsJson its {@code metrics.json}
 * @param resultCsv its {@code result.csv}
 */
public record SystemResult(SystemEvaluation evaluation, Path metricsJson, Path resultCsv) {
  /** The official score Ω. */
  public double officialScore() {
    return evaluation.officialScore();
  }
}
