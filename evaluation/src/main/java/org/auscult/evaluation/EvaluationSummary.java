package org.auscult.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.report.OfficialScoreTable;
import org.auscult.evaluation.report.SystemEvaluation;

/**
 * What {@link Evaluation#run} produced.
 *
 * @param systems per score set, in the order given
 * @param report the HTML report
 * @param skipped what was left out (a system, or a model an earlier stage skipped) and why
 */
public record EvaluationSummary(List<SystemResult> systems, Path report,
    Map<String, String> skipped) {
  public EvaluationSummary {
    systems = List.copyOf(systems);
    skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  /** Ω per system label, in the order given. */
  public Map<String, Double> officialScores() {
    Map<String, Double> scores = new LinkedHashMap<>();
    systems.forEach(s -> scores.put(s.evaluation().label(), s.officialScore()));
    return scores;
  }

  /** The evaluations, in the order given. */
  public List<SystemEvaluation> evaluations() {
    return systems.stream().map(SystemResult::evaluation).toList();
  }

  /** The official score table as console text ({@link OfficialScoreTable}). */
  public String officialScoreTable() {
    return OfficialScoreTable.format(evaluations());
  }
}
