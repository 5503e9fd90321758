package org.auscult.evaluation.scores;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;

/**
 * Writes score and decision files exactly as the official formats have them: no header, one
 * {@code <file_name>,<value>} row per clip, rows sorted by file name, LF line ends, UTF-8.
 *
 * <p>Scores are written with {@link Double#toString(double)}: it round-trips every double
 * ({@code Double.parseDouble} and Python's {@code float} read back the same value), and numbers
 * below 1e-3 or from 1e7 come out as {@code 1.0E-4}, which both parse too.
 */
public final class ScoreFileWriter {
  private ScoreFileWriter() {
  }

  /**
   * Writes {@code <dir>/anomaly_score_<machine>_section_<SS>_test.csv}, replacing it.
   *
   * @param clipNames bare test-clip file names of {@code section}, each once
   * @param scores their scores, finite, higher = more anomalous
   * @return the file written
   * @throws IllegalArgumentException for lengths that differ, a repeated or foreign clip name, or a
   *     score that is not finite
   */
  public static Path writeAnomalyScores(FileSystem fs, Path dir, MachineType machine, int section,
      List<String> clipNames, double[] scores) throws IOException {
    if (clipNames.size() != scores.length) {
      throw new IllegalArgumentException(clipNames.size() + " clip names for " + scores.length
          + " scores");
    }
    String[] values = new String[scores.length];
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("score of " + clipNames.get(i) + " is not finite: "
            + scores[i]);
      }
      values[i] = Double.toString(scores[i]);
    }
    return write(fs, new Path(dir, ScoreFileNames.anomalyScore(machine, section)), section,
        clipNames, values);
  }

  /**
   * Writes {@code <dir>/decision_result_<machine>_section_<SS>_test.csv} (1 = anomalous),
   * replacing it.
   *
   * @return the file written
   */
  public static Path writeDecisions(FileSystem fs, Path dir, MachineType machine, int section,
      List<String> clipNames, boolean[] anomalous) throws IOException {
    if (clipNames.size() != anomalous.length) {
      throw new IllegalArgumentException(clipNames.size() + " clip names for "
          + anomalous.length + " decisions");
    }
    String[] values = new String[anomalous.length];
    for (int i = 0; i < anomalous.length; i++) {
      values[i] = anomalous[i] ? "1" : "0";
    }
    return write(fs, new Path(dir, ScoreFileNames.decisionResult(machine, section)), section,
        clipNames, values);
  }

  private static Path write(FileSystem fs, Path file, int section, List<String> clipNames,
      String[] values) throws IOException {
    Set<String> seen = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < clipNames.size(); i++) {
      String name = clipNames.get(i);
      ClipName clip = ClipName.parse(name);
      if (clip.split() != Split.TEST || clip.section() != section) {
        throw new IllegalArgumentException(name + " is not a test clip of section " + section);
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("clip " + name + " given twice");
      }
      order.add(i);
    }
    order.sort(Comparator.comparing(clipNames::get));
    try (Writer w = new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder();
      for (int i : order) {
        sb.append(clipNames.get(i)).append(',').append(values[i]).append('\n');
      }
      w.write(sb.toString());
    }
    return file;
  }
}
