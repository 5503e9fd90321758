package org.auscult.evaluation.scores;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.scores.ScoreFileNames.Cell;

/**
 * Labels and domains of one machine type's section from the official evaluator's ground-truth
 * files: {@code <dir>/ground_truth_data/ground_truth_<m>_section_<SS>_test.csv} ({@code name,1}
 * for an anomaly) and {@code <dir>/ground_truth_domain/…} with the same name ({@code name,1} for
 * the target domain). Both must list the same clips.
 */
final class GroundTruth {
  /** A clip's truth and where it was read. */
  record Truth(boolean anomalous, boolean target, int line) {
  }

  private final Path labelFile;
  private final Map<String, Truth> byClip;

  private GroundTruth(Path labelFile, Map<String, Truth> byClip) {
    this.labelFile = labelFile;
    this.byClip = byClip;
  }

  /**
   * Reads the cell's two files under {@code dir}.
   *
   * @param scoreFile the score file they are for, named when they are missing
   */
  static GroundTruth read(FileSystem fs, Path dir, Cell cell, Path scoreFile)
      throws ScoreFileException {
    String name = ScoreFileNames.GROUND_TRUTH_PREFIX + cell.tail();
    Path labels = new Path(new Path(dir, ScoreFileNames.GROUND_TRUTH_DATA_DIR), name);
    Path domains = new Path(new Path(dir, ScoreFileNames.GROUND_TRUTH_DOMAIN_DIR), name);
    for (Path p : new Path[] {labels, domains}) {
      if (!exists(fs, p, scoreFile)) {
        throw new ScoreFileException(scoreFile, "no ground truth for it: expected " + p);
      }
    }
    TwoColumnCsv labelRows = TwoColumnCsv.read(fs, labels, cell.section());
    TwoColumnCsv domainRows = TwoColumnCsv.read(fs, domains, cell.section());
    Map<String, Boolean> target = new HashMap<>();
    for (TwoColumnCsv.Row r : domainRows.rows()) {
      target.put(r.name(), domainRows.zeroOrOne(r, "domain (0 = source, 1 = target)"));
    }
    Map<String, Truth> byClip = new LinkedHashMap<>();
    for (TwoColumnCsv.Row r : labelRows.rows()) {
      boolean anomalous = labelRows.zeroOrOne(r, "label (0 = normal, 1 = anomaly)");
      Boolean t = target.remove(r.name());
      if (t == null) {
        throw new ScoreFileException(domains, "no domain for clip " + r.name() + " (" + labels
            + ":" + r.line() + ")");
      }
      byClip.put(r.name(), new Truth(anomalous, t, r.line()));
    }
    if (!target.isEmpty()) {
      String clip = target.keySet().iterator().next();
      int line = domainRows.rows().stream().filter(r -> r.name().equals(clip)).findFirst()
          .orElseThrow().line();
      throw new ScoreFileException(domains, line, "clip " + clip + " is not in " + labels);
    }
    return new GroundTruth(labels, byClip);
  }

  Path labelFile() {
    return labelFile;
  }

  /** Clip name → truth, in the label file's order. */
  Map<String, Truth> byClip() {
    return byClip;
  }

  private static boolean exists(FileSystem fs, Path p, Path scoreFile) throws ScoreFileException {
    try {
      return fs.getFileStatus(p).isFile();
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new ScoreFileException(scoreFile, "cannot look for its ground truth " + p + ": "
          + e.getMessage(), e);
    }
  }
}
