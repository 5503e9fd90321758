package org.auscult.evaluation;

import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.report.SystemEvaluation;

/**
 * One system's score folder to evaluate.
 *
 * @param label short name, e.g. {@code ae}: letters, digits, '.', '_', '-' (it names an output
 *     folder when several systems are evaluated together)
 * @param scoreDir the folder of {@code anomaly_score_…} (and {@code decision_result_…}) files
 * @param note shown beside the system wherever it appears, e.g. "uses anomaly labels"
 */
public record ScoreSet(String label, Path scoreDir, Optional<String> note) {
  public ScoreSet {
    SystemEvaluation.requireValidLabel(label);
    Objects.requireNonNull(scoreDir, "scoreDir");
    Objects.requireNonNull(note, "note");
  }

  /** A score set without a note. */
  public static ScoreSet of(String label, Path scoreDir) {
    return new ScoreSet(label, scoreDir, Optional.empty());
  }
}
