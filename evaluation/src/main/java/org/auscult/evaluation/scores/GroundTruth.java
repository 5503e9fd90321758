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
 * Labels and domains of one machine type's section from the official evaluators' ground-truth
 * files, in each year's format:
 * <ul>
 * <li>2022–2026: {@code <dir>/ground_truth_data/ground_truth_<m>_section_<SS>_test.csv}
 *     ({@code name,1} for an anomaly) and {@code <dir>/ground_truth_domain/…} with the same name
 *     ({@code name,1} for the target domain). Both must list the same clips.
 * <li>2021 (names {@code section_SS_<domain>_test_NNNN.wav}, the domain in the name):
 *     {@code <dir>/ground_truth_data/ground_truth_<m>_section_<SS>_<source|target>_test.csv}, one
 *     file per domain.
 * <li>2020 (names {@code id_NN_NNNNNNNN.wav}, no domains): the evaluator's
 *     {@code <dir>/eval_data_list.csv} (a line with the machine type, then
 *     {@code name,labelled name,label} rows), or {@code ground_truth_data/ground_truth_<m>_section_<SS>_test.csv}.
 * </ul>
 */
final class GroundTruth {
  /** The 2020 evaluator's ground truth of every machine type. */
  static final String EVAL_DATA_LIST = "eval_data_list.csv";

  /** A clip's truth and where it was read; {@code target} null for a set without domains. */
  record Truth(boolean anomalous, Boolean target, int line) {
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
  static GroundTruth read(FileSystem fs, Path dir, Cell cell, Path scoreFile,
      org.auscult.features.dataset.ClipName example) throws ScoreFileException {
    if (example.isIdName()) {
      return readIds(fs, dir, cell, scoreFile);
    }
    if (example.domain() != null) {
      return readPerDomain(fs, dir, cell, scoreFile);
    }
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

  /** 2021: one label file per domain, the domain in the clip names. */
  private static GroundTruth readPerDomain(FileSystem fs, Path dir, Cell cell, Path scoreFile)
      throws ScoreFileException {
    Map<String, Truth> byClip = new LinkedHashMap<>();
    Path first = null;
    for (String domain : new String[] {"source", "target"}) {
      String name = ScoreFileNames.GROUND_TRUTH_PREFIX + cell.machine().dirName() + "_section_"
          + String.format(java.util.Locale.ROOT, "%02d", cell.section()) + "_" + domain
          + "_test.csv";
      Path labels = new Path(new Path(dir, ScoreFileNames.GROUND_TRUTH_DATA_DIR), name);
      if (!exists(fs, labels, scoreFile)) {
        throw new ScoreFileException(scoreFile, "no ground truth for it: expected " + labels
            + " (the 2021 evaluator's one file per domain)");
      }
      first = first == null ? labels : first;
      TwoColumnCsv rows = TwoColumnCsv.read(fs, labels, cell.section());
      for (TwoColumnCsv.Row r : rows.rows()) {
        byClip.put(r.name(), new Truth(rows.zeroOrOne(r, "label (0 = normal, 1 = anomaly)"),
            domain.equals("target"), r.line()));
      }
    }
    return new GroundTruth(first, byClip);
  }

  /** 2020: the evaluator's eval_data_list.csv, or a label file in ground_truth_data/. */
  private static GroundTruth readIds(FileSystem fs, Path dir, Cell cell, Path scoreFile)
      throws ScoreFileException {
    Path list = new Path(dir, EVAL_DATA_LIST);
    Map<String, Truth> byClip = new LinkedHashMap<>();
    if (exists(fs, list, scoreFile)) {
      String text;
      try (var in = fs.open(list)) {
        text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ScoreFileException(list, "cannot read it: " + e.getMessage(), e);
      }
      String machine = null;
      String id = "id_" + String.format(java.util.Locale.ROOT, "%02d", cell.section()) + "_";
      String[] lines = text.split("\r?\n");
      for (int i = 0; i < lines.length; i++) {
        String[] f = lines[i].split(",", -1);
        if (lines[i].isBlank()) {
          continue;
        }
        if (f.length < 2) {
          machine = f[0].strip();
        } else if (cell.machine().dirName().equals(machine) && f[0].startsWith(id)) {
          if (f.length < 3 || !(f[2].strip().equals("0") || f[2].strip().equals("1"))) {
            throw new ScoreFileException(list, i + 1, "expected <name>,<labelled name>,<0|1>");
          }
          byClip.put(f[0], new Truth(f[2].strip().equals("1"), null, i + 1));
        }
      }
      if (byClip.isEmpty()) {
        throw new ScoreFileException(scoreFile, "no ground truth for it: " + list
            + " lists no clip of " + cell.machine() + " " + id.substring(0, 5));
      }
      return new GroundTruth(list, byClip);
    }
    String name = ScoreFileNames.GROUND_TRUTH_PREFIX + cell.tail();
    Path labels = new Path(new Path(dir, ScoreFileNames.GROUND_TRUTH_DATA_DIR), name);
    if (!exists(fs, labels, scoreFile)) {
      throw new ScoreFileException(scoreFile, "no ground truth for it: expected " + list
          + " (the 2020 evaluator's) or " + labels);
    }
    TwoColumnCsv rows = TwoColumnCsv.read(fs, labels, cell.section());
    for (TwoColumnCsv.Row r : rows.rows()) {
      byClip.put(r.name(), new Truth(rows.zeroOrOne(r, "label (0 = normal, 1 = anomaly)"), null,
          r.line()));
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
