package org.auscult.evaluation.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.auscult.evaluation.FileTrees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a score folder can be wrong gives a ScoreFileException naming the file and line. */
class ScoreFolderStrictnessTest {
  private static final String FAN00 = "anomaly_score_fan_section_00_test.csv";
  private static final String DEC00 = "decision_result_fan_section_00_test.csv";
  private static final String FAN03 = "anomaly_score_fan_section_03_test.csv";
  private static final String GT03 = "ground_truth_fan_section_03_test.csv";
  /** A minimal valid development section: one anomaly and two normals per domain. */
  private static final String DEV_ROWS = String.join("\n",
      "section_00_source_test_anomaly_0000_a_1.wav,0.9",
      "section_00_source_test_normal_0000_a_1.wav,0.1",
      "section_00_source_test_normal_0001_a_1.wav,0.2",
      "section_00_target_test_anomaly_0000_a_1.wav,0.8",
      "section_00_target_test_normal_0000_a_1.wav,0.3",
      "section_00_target_test_normal_0001_a_1.wav,0.4") + "\n";

  @TempDir
  java.nio.file.Path tmp;
  private java.nio.file.Path scores;

  @BeforeEach
  void folders() throws IOException {
    scores = Files.createDirectories(tmp.resolve("scores"));
  }

  private void write(String relative, String text) throws IOException {
    FileTrees.write(tmp, relative, text);
  }

  private List<ScoredSection> read(boolean withGroundTruth) throws ScoreFileException {
    return ScoreFolder.read(new Path(scores.toUri()),
        withGroundTruth ? Optional.of(new Path(tmp.toUri())) : Optional.empty(),
        new Configuration());
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertFails(boolean withGroundTruth,
      String file, int line) {
    return assertThatThrownBy(() -> read(withGroundTruth))
        .isInstanceOf(ScoreFileException.class)
        .hasMessageContaining(file + (line > 0 ? ":" + line + ":" : ":"))
        .satisfies(e -> assertThat(((ScoreFileException) e).line()).isEqualTo(line))
        .satisfies(e -> assertThat(((ScoreFileException) e).file()).endsWith(file));
  }

  /** Three eval-name clips per anomaly/normal cell: names 0000-0005 with truth and domain. */
  private void evalGroundTruth() throws IOException {
    write("ground_truth_data/" + GT03, "section_03_0000.wav,1\nsection_03_0001.wav,0\n"
        + "section_03_0002.wav,0\nsection_03_0003.wav,1\n");
    write("ground_truth_domain/" + GT03, "section_03_0000.wav,0\nsection_03_0001.wav,0\n"
        + "section_03_0002.wav,1\nsection_03_0003.wav,1\n");
  }

  @Test
  void aValidFolderReads() throws Exception {
    write("scores/" + FAN00, DEV_ROWS);
    write("scores/_SUCCESS", "");
    List<ScoredSection> s = read(false);
    assertThat(s).hasSize(1);
    assertThat(s.get(0).scores().anomalous()).containsExactly(true, false, false, true, false,
        false);
    assertThat(s.get(0).scores().target()).containsExactly(false, false, false, true, true, true);
  }

  @Test
  void validEvaluationNamesReadWithGroundTruth() throws Exception {
    evalGroundTruth();
    write("scores/" + FAN03, "section_03_0003.wav,4\nsection_03_0001.wav,1\n"
        + "section_03_0000.wav,3\nsection_03_0002.wav,2\n");
    ScoredSection s = read(true).get(0);
    assertThat(s.clipNames()).containsExactly("section_03_0000.wav", "section_03_0001.wav",
        "section_03_0002.wav", "section_03_0003.wav");
    assertThat(s.scores().scores()).containsExactly(3, 1, 2, 4);
    assertThat(s.scores().anomalous()).containsExactly(true, false, false, true);
    assertThat(s.scores().target()).containsExactly(false, false, true, true);
  }

  @Test
  void missingClip() throws Exception {
    evalGroundTruth();
    write("scores/" + FAN03, "section_03_0000.wav,3\nsection_03_0001.wav,1\n"
        + "section_03_0003.wav,4\n");
    assertFails(true, FAN03, 0).hasMessageContaining("missing clip section_03_0002.wav")
        .hasMessageContaining(GT03 + ":3");
  }

  @Test
  void unknownClip() throws Exception {
    evalGroundTruth();
    write("scores/" + FAN03, "section_03_0000.wav,3\nsection_03_0001.wav,1\n"
        + "section_03_0002.wav,2\nsection_03_0003.wav,4\nsection_03_0009.wav,4\n");
    assertFails(true, FAN03, 5).hasMessageContaining("unknown clip section_03_0009.wav");
  }

  /** A development score file that is wrong in one place: what, its text, the line, the message. */
  static Stream<Arguments> badScoreFiles() {
    return Stream.of(
        Arguments.of("duplicated clip",
            DEV_ROWS + "section_00_source_test_normal_0000_a_1.wav,0.5\n", 7,
            "listed twice (first on line 2)"),
        Arguments.of("non-numeric score", DEV_ROWS.replace(",0.2", ",0.2x"), 3,
            "score '0.2x' is not a decimal number"),
        Arguments.of("NaN", DEV_ROWS.replace(",0.3", ",NaN"), 5, "'NaN' is not a finite number"),
        Arguments.of("infinity", DEV_ROWS.replace(",0.3", ",-inf"), 5,
            "'-inf' is not a finite number"),
        Arguments.of("overflow", DEV_ROWS.replace(",0.3", ",1e999"), 5, "'1e999' overflows"),
        Arguments.of("header row", "file_name,score\n" + DEV_ROWS, 1,
            "header row 'file_name,score'"),
        Arguments.of("three fields", DEV_ROWS.replace(",0.4", ",0.4,1"), 6,
            "expected 2 comma-separated fields"),
        Arguments.of("empty line", DEV_ROWS.replace("\nsection_00_target_test_normal_0000",
            "\n\nsection_00_target_test_normal_0000"), 5, "empty line"),
        Arguments.of("not a clip name",
            DEV_ROWS.replace("normal_0001_a_1.wav,0.2", "normal_0001.wa,0.2"), 3,
            "not a DCASE clip name"),
        Arguments.of("training clip",
            DEV_ROWS.replace("source_test_normal_0000", "source_train_normal_0000"), 2,
            "training clip"),
        Arguments.of("clip of another section", DEV_ROWS.replace(
            "section_00_target_test_normal_0001", "section_01_target_test_normal_0001"), 6,
            "is of section 01"),
        Arguments.of("empty file", "", 0, "empty"),
        Arguments.of("section without anomalies",
            DEV_ROWS.replace("test_anomaly_0000", "test_normal_0009"), 0, "0 anomalous"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badScoreFiles")
  void aBadScoreFileFailsNamingItsLine(String what, String text, int line, String message)
      throws Exception {
    write("scores/" + FAN00, text);
    assertFails(false, FAN00, line).hasMessageContaining(message);
  }

  @Test
  void crlfLineEndsAreFine() throws Exception {
    write("scores/" + FAN00, DEV_ROWS.replace("\n", "\r\n"));
    assertThat(read(false)).hasSize(1);
  }

  @Test
  void sectionWithoutNormals() throws Exception {
    // a domain without normals is evaluated on what it has; a section without any is an error
    write("scores/" + FAN00, String.join("\n",
        "section_00_source_test_anomaly_0000_a_1.wav,0.9",
        "section_00_target_test_anomaly_0000_a_1.wav,0.8"));
    assertFails(false, FAN00, 0).hasMessageContaining("2 anomalous and 0 normal clips");
  }

  @Test
  void decisionNotZeroOrOne() throws Exception {
    write("scores/" + FAN00, DEV_ROWS);
    write("scores/" + DEC00, DEV_ROWS.replaceAll(",0\\.\\d", ",0").replace(
        "normal_0000_a_1.wav,0\nsection_00_source_test_normal_0001", "normal_0000_a_1.wav,2\n"
        + "section_00_source_test_normal_0001"));
    assertFails(false, DEC00, 2).hasMessageContaining("decision '2' is not 0 or 1");
  }

  @Test
  void decisionsMustCoverTheScoreFileExactly() throws Exception {
    write("scores/" + FAN00, DEV_ROWS);
    String decisions = DEV_ROWS.replaceAll(",0\\.\\d", ",1");
    write("scores/" + DEC00, decisions.substring(decisions.indexOf('\n') + 1));
    assertFails(false, DEC00, 0).hasMessageContaining(
        "no decision for clip section_00_source_test_anomaly_0000_a_1.wav").hasMessageContaining(
        FAN00 + ":1");
    write("scores/" + DEC00, decisions + "section_00_source_test_normal_0042_a_1.wav,0\n");
    assertFails(false, DEC00, 7).hasMessageContaining("is not in the score file");
  }

  @Test
  void decisionsForAllSectionsOrNone() throws Exception {
    write("scores/" + FAN00, DEV_ROWS);
    write("scores/anomaly_score_fan_section_01_test.csv", DEV_ROWS.replace("section_00",
        "section_01"));
    write("scores/" + DEC00, DEV_ROWS.replaceAll(",0\\.\\d", ",1"));
    assertFails(false, "anomaly_score_fan_section_01_test.csv", 0)
        .hasMessageContaining("no decision file decision_result_fan_section_01_test.csv");
    write("scores/decision_result_fan_section_02_test.csv", "");
    assertFails(false, "decision_result_fan_section_02_test.csv", 0)
        .hasMessageContaining("without a score file");
  }

  @Test
  void scoreFileWithoutGroundTruth() throws Exception {
    write("scores/" + FAN03, "section_03_0000.wav,3\n");
    assertFails(true, FAN03, 0).hasMessageContaining("no ground truth for it: expected")
        .hasMessageContaining("ground_truth_data/" + GT03);
    assertFails(false, FAN03, 0).hasMessageContaining("no ground-truth folder was given");
  }

  @Test
  void groundTruthFilesAreStrictToo() throws Exception {
    evalGroundTruth();
    write("ground_truth_data/" + GT03, "section_03_0000.wav,1\nsection_03_0001.wav,yes\n");
    write("scores/" + FAN03, "section_03_0000.wav,3\nsection_03_0001.wav,1\n");
    assertFails(true, GT03, 2).hasMessageContaining("label (0 = normal, 1 = anomaly) 'yes'");
    write("ground_truth_data/" + GT03, "section_03_0000.wav,1\nsection_03_0001.wav,0\n");
    assertFails(true, GT03, 3).hasMessageContaining("clip section_03_0002.wav is not in");
  }

  @Test
  void mixedNameKinds() throws Exception {
    evalGroundTruth();
    write("scores/" + FAN03, "section_03_0000.wav,3\nsection_03_source_test_normal_0000.wav,1\n");
    assertFails(true, FAN03, 2).hasMessageContaining("mixes development names");
  }

  @Test
  void folderProblems() throws Exception {
    assertThatThrownBy(() -> read(false)).isInstanceOf(ScoreFileException.class)
        .hasMessageContaining("scores/: no anomaly_score_");
    write("scores/anomaly_score_-drill_section_00_test.csv", DEV_ROWS);
    assertFails(false, "anomaly_score_-drill_section_00_test.csv", 0)
        .hasMessageContaining("machine type");
    assertThatThrownBy(() -> ScoreFolder.read(new Path(tmp.resolve("absent").toUri()),
        Optional.empty(), new Configuration())).isInstanceOf(ScoreFileException.class)
        .hasMessageContaining("absent");
  }
}
