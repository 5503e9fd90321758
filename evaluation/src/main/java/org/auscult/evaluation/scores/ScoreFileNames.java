package org.auscult.evaluation.scores;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auscult.features.dataset.MachineType;

/**
 * The file names of the official formats: {@code anomaly_score_<machine>_section_<SS>_test.csv},
 * {@code decision_result_…} with the same tail, and the evaluator's
 * {@code ground_truth_<machine>_section_<SS>_test.csv} (in {@code ground_truth_data/} and
 * {@code ground_truth_domain/}).
 */
public final class ScoreFileNames {
  public static final String SCORE_PREFIX = "anomaly_score_";
  public static final String DECISION_PREFIX = "decision_result_";
  public static final String GROUND_TRUTH_PREFIX = "ground_truth_";
  /** Ground-truth sub-folders: labels (1 = anomaly) and domains (1 = target). */
  public static final String GROUND_TRUTH_DATA_DIR = "ground_truth_data";
  public static final String GROUND_TRUTH_DOMAIN_DIR = "ground_truth_domain";

  private static final Pattern TAIL = Pattern.compile("(.+)_section_(\\d{2})_test\\.csv");

  private ScoreFileNames() {
  }

  /** A machine type and section as named in a file. */
  public record Cell(MachineType machine, int section) {
    /** {@code <machine>_section_<SS>_test.csv} */
    public String tail() {
      return machine.dirName() + "_section_" + String.format(Locale.ROOT, "%02d", section)
          + "_test.csv";
    }
  }

  /** {@code anomaly_score_<machine>_section_<SS>_test.csv} */
  public static String anomalyScore(MachineType machine, int section) {
    return SCORE_PREFIX + new Cell(machine, section).tail();
  }

  /** {@code decision_result_<machine>_section_<SS>_test.csv} */
  public static String decisionResult(MachineType machine, int section) {
    return DECISION_PREFIX + new Cell(machine, section).tail();
  }

  /** {@code ground_truth_<machine>_section_<SS>_test.csv} */
  public static String groundTruth(MachineType machine, int section) {
    return GROUND_TRUTH_PREFIX + new Cell(machine, section).tail();
  }

  /**
   * The cell named after {@code prefix} in {@code fileName}; empty if the tail is not
   * {@code <machine>_section_<SS>_test.csv}, or the machine part cannot name a machine type.
   */
  static Optional<Cell> parse(String prefix, String fileName) {
    if (!fileName.startsWith(prefix)) {
      return Optional.empty();
    }
    Matcher m = TAIL.matcher(fileName.substring(prefix.length()));
    if (!m.matches()) {
      return Optional.empty();
    }
    return MachineType.fromDirName(m.group(1))
        .map(machine -> new Cell(machine, Integer.parseInt(m.group(2))));
  }
}
