package org.auscult.evaluation.scores;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.metrics.SectionScores;
import org.auscult.evaluation.scores.ScoreFileNames.Cell;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;

/**
 * Reads a folder of {@code anomaly_score_<machine>_section_<SS>_test.csv} files (and the matching
 * {@code decision_result_…} files, when there are any) into labelled sections, as strictly as the
 * official evaluator and then some: anything it would misread or silently average over is an error.
 *
 * <p>Development names ({@code section_00_source_test_anomaly_0003_….wav}) carry label and domain;
 * 2020 names ({@code anomaly_id_02_00000011.wav}) the label, and the set has no domains.
 * Evaluation names ({@code section_03_0000.wav}) take them from ground-truth files in the
 * evaluator's layout under a ground-truth folder; then every clip of the ground truth must have a
 * score and every score a ground-truth row. (For development names there is no list to check
 * completeness against; a missing clip shows only in the counts.)
 *
 * <p>Errors, each a {@link ScoreFileException} naming the file and, where it is one line's fault,
 * the line: no score files; a score-like file name that is not of the pattern or names an unknown
 * machine type; decision files for some sections but not others, or without a score file; an
 * unreadable or empty file; a header row, empty line or row without exactly two fields; a name that
 * is not a test clip of the file's section; a clip twice; a score that is not a finite decimal
 * number; a decision, label or domain that is not 0 or 1; development and evaluation names mixed;
 * evaluation names without ground truth, an unknown or missing clip; a section without anomalies or
 * without normal clips (its AUC would be undefined). A domain without normal clips is not an error:
 * its AUC is absent and the section is evaluated on what it has. Other files in the folder (Hadoop
 * {@code _SUCCESS}, {@code .crc}) are ignored.
 */
public final class ScoreFolder {
  /** Machine name in String order (the evaluator's sorted glob), then section. */
  private static final Comparator<Cell> CELL_ORDER = Comparator
      .comparing((Cell c) -> c.machine().dirName()).thenComparingInt(Cell::section);

  /** What is known of a clip: its label and domain ({@code null}: the set has no domains). */
  private record Truth(boolean anomalous, Boolean target) {
  }

  private ScoreFolder() {
  }

  /** {@link #read(FileSystem, Path, Optional)} on {@code scoreDir}'s own file system. */
  public static List<ScoredSection> read(Path scoreDir, Optional<Path> groundTruthDir,
      Configuration conf) throws ScoreFileException {
    try {
      return read(scoreDir.getFileSystem(conf), scoreDir, groundTruthDir);
    } catch (ScoreFileException e) {
      throw e;
    } catch (IOException e) {
      throw new ScoreFileException(scoreDir, "cannot open its file system: " + e.getMessage(), e);
    }
  }

  /**
   * Every section of {@code scoreDir}, sorted by machine name (as the evaluator sorts them:
   * {@code ToyCar} before {@code bearing}) and section.
   *
   * @param groundTruthDir the folder holding {@code ground_truth_data/} and
   *     {@code ground_truth_domain/}; needed only for evaluation-set names
   */
  public static List<ScoredSection> read(FileSystem fs, Path scoreDir,
      Optional<Path> groundTruthDir) throws ScoreFileException {
    FileStatus[] listing;
    try {
      if (!fs.getFileStatus(scoreDir).isDirectory()) {
        throw new ScoreFileException(scoreDir, "not a folder");
      }
      listing = fs.listStatus(scoreDir);
    } catch (ScoreFileException e) {
      throw e;
    } catch (IOException e) {
      throw new ScoreFileException(scoreDir, "cannot list the score folder: " + e.getMessage(), e);
    }
    Map<Cell, Path> scoreFiles = new TreeMap<>(CELL_ORDER);
    Map<Cell, Path> decisionFiles = new HashMap<>();
    for (FileStatus st : listing) {
      String name = st.getPath().getName();
      if (!st.isFile()) {
        continue;
      }
      if (name.startsWith(ScoreFileNames.SCORE_PREFIX)) {
        scoreFiles.put(cellOf(ScoreFileNames.SCORE_PREFIX, st.getPath()), st.getPath());
      } else if (name.startsWith(ScoreFileNames.DECISION_PREFIX)) {
        decisionFiles.put(cellOf(ScoreFileNames.DECISION_PREFIX, st.getPath()), st.getPath());
      }
    }
    if (scoreFiles.isEmpty()) {
      throw new ScoreFileException(scoreDir,
          "no anomaly_score_<machine>_section_<SS>_test.csv files in the score folder");
    }
    for (Map.Entry<Cell, Path> d : decisionFiles.entrySet()) {
      if (!scoreFiles.containsKey(d.getKey())) {
        throw new ScoreFileException(d.getValue(), "decision file without a score file "
            + ScoreFileNames.SCORE_PREFIX + d.getKey().tail());
      }
    }
    if (!decisionFiles.isEmpty()) {
      for (Map.Entry<Cell, Path> s : scoreFiles.entrySet()) {
        if (!decisionFiles.containsKey(s.getKey())) {
          throw new ScoreFileException(s.getValue(), "no decision file "
              + ScoreFileNames.DECISION_PREFIX + s.getKey().tail() + ", though other sections have"
              + " one (decisions for all sections or none)");
        }
      }
    }
    List<ScoredSection> sections = new ArrayList<>();
    for (Map.Entry<Cell, Path> s : scoreFiles.entrySet()) {
      sections.add(readSection(fs, s.getKey(), s.getValue(),
          Optional.ofNullable(decisionFiles.get(s.getKey())), groundTruthDir));
    }
    return sections;
  }

  private static Cell cellOf(String prefix, Path file) throws ScoreFileException {
    return ScoreFileNames.parse(prefix, file.getName()).orElseThrow(() -> new ScoreFileException(
        file, "not a name of the form " + prefix + "<machine>_section_<SS>_test.csv with a machine"
        + " type of the data set"));
  }

  private static ScoredSection readSection(FileSystem fs, Cell cell, Path scoreFile,
      Optional<Path> decisionFile, Optional<Path> groundTruthDir) throws ScoreFileException {
    TwoColumnCsv scoreRows = TwoColumnCsv.read(fs, scoreFile, cell.section());
    // clip name -> row data, sorted by name as the evaluator sorts rows
    TreeMap<String, Double> byName = new TreeMap<>();
    Map<String, Truth> truth = new HashMap<>();
    boolean evalNames = scoreRows.rows().get(0).clip().isEvalTestName();
    for (TwoColumnCsv.Row r : scoreRows.rows()) {
      if (r.clip().isEvalTestName() != evalNames) {
        throw new ScoreFileException(scoreFile, r.line(), "clip " + r.name() + " mixes "
            + (evalNames ? "development names into evaluation names (line 1)"
                : "evaluation names into development names (line 1)"));
      }
      byName.put(r.name(), scoreRows.number(r, "score"));
      if (!evalNames) {
        truth.put(r.name(), new Truth(r.clip().label() == Label.ANOMALY,
            r.clip().domain() == null ? null : r.clip().domain() == Domain.TARGET));
      }
    }
    String truthSource = "the file names";
    if (evalNames) {
      Path dir = groundTruthDir.orElseThrow(() -> new ScoreFileException(scoreFile,
          "evaluation-set clip names (section_SS_NNNN.wav) need ground-truth files, and no"
          + " ground-truth folder was given"));
      GroundTruth gt = GroundTruth.read(fs, dir, cell, scoreFile,
          scoreRows.rows().get(0).clip());
      truthSource = gt.labelFile().toString();
      for (TwoColumnCsv.Row r : scoreRows.rows()) {
        GroundTruth.Truth t = gt.byClip().get(r.name());
        if (t == null) {
          throw new ScoreFileException(scoreFile, r.line(), "unknown clip " + r.name()
              + ": not in " + gt.labelFile());
        }
        truth.put(r.name(), new Truth(t.anomalous(), t.target()));
      }
      for (Map.Entry<String, GroundTruth.Truth> e : gt.byClip().entrySet()) {
        if (!byName.containsKey(e.getKey())) {
          throw new ScoreFileException(scoreFile, "missing clip " + e.getKey() + " (listed in "
              + gt.labelFile() + ":" + e.getValue().line() + ")");
        }
      }
    }
    Map<String, Boolean> decisions = decisionFile.isPresent()
        ? readDecisions(fs, decisionFile.get(), cell, scoreRows) : null;

    int n = byName.size();
    List<String> names = new ArrayList<>(byName.keySet());
    boolean domains = truth.get(names.get(0)).target() != null;
    boolean[] anomalous = new boolean[n];
    boolean[] target = domains ? new boolean[n] : null;
    double[] scores = new double[n];
    boolean[] decided = decisions == null ? null : new boolean[n];
    int anomalies = 0;
    int normals = 0;
    for (int i = 0; i < n; i++) {
      String name = names.get(i);
      Truth t = truth.get(name);
      if ((t.target() != null) != domains) {
        throw new ScoreFileException(scoreFile, "clip " + name + (domains ? " has no domain"
            : " has a domain") + " where " + names.get(0) + (domains ? " has one" : " has none"));
      }
      anomalous[i] = t.anomalous();
      if (domains) {
        target[i] = t.target();
      }
      scores[i] = byName.get(name);
      if (decided != null) {
        decided[i] = decisions.get(name);
      }
      if (anomalous[i]) {
        anomalies++;
      } else {
        normals++;
      }
    }
    // a domain without normal clips is evaluated on what it has (its AUC absent); a section
    // without anomalous or without normal clips has no AUC at all
    if (anomalies == 0 || normals == 0) {
      throw new ScoreFileException(scoreFile, "the section has " + anomalies + " anomalous and "
          + normals + " normal clips (per " + truthSource + "); its AUC needs at least one of"
          + " each");
    }
    return new ScoredSection(cell.machine(), cell.section(), names,
        new SectionScores(anomalous, target, scores, decided), scoreFile.toString());
  }

  private static Map<String, Boolean> readDecisions(FileSystem fs, Path file, Cell cell,
      TwoColumnCsv scoreRows) throws ScoreFileException {
    TwoColumnCsv rows = TwoColumnCsv.read(fs, file, cell.section());
    Map<String, Boolean> decisions = new HashMap<>();
    Map<String, Integer> scoreLines = new HashMap<>();
    for (TwoColumnCsv.Row r : scoreRows.rows()) {
      scoreLines.put(r.name(), r.line());
    }
    for (TwoColumnCsv.Row r : rows.rows()) {
      if (!scoreLines.containsKey(r.name())) {
        throw new ScoreFileException(file, r.line(), "clip " + r.name() + " is not in the score"
            + " file " + scoreRows.file());
      }
      decisions.put(r.name(), rows.zeroOrOne(r, "decision"));
    }
    for (TwoColumnCsv.Row s : scoreRows.rows()) {
      if (!decisions.containsKey(s.name())) {
        throw new ScoreFileException(file, "no decision for clip " + s.name() + " ("
            + scoreRows.file() + ":" + s.line() + ")");
      }
    }
    return decisions;
  }
}
