package org.auscult.evaluation.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.features.dataset.MachineType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreFileWriterTest {
  private static final List<String> NAMES = List.of(
      "section_01_target_test_normal_0000_a_1.wav",
      "section_01_source_test_normal_0001_a_1.wav",
      "section_01_source_test_anomaly_0000_a_1.wav",
      "section_01_source_test_normal_0000_a_1.wav",
      "section_01_target_test_anomaly_0000_a_1.wav",
      "section_01_target_test_normal_0001_a_1.wav");
  /** Doubles whose shortest text is long, tiny, huge or negative zero. */
  private static final double[] SCORES = {0.1 + 0.2, 1e-300, 4.9e-324, 1.0e7, -0.0, 123.456};

  @TempDir
  java.nio.file.Path tmp;

  @Test
  void writesSortedHeaderlessRowsThatReadBackExactly() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path dir = new Path(tmp.toUri());
    Path scores = ScoreFileWriter.writeAnomalyScores(fs, dir, MachineType.of("slider"), 1, NAMES, SCORES);
    Path decisions = ScoreFileWriter.writeDecisions(fs, dir, MachineType.of("slider"), 1, NAMES,
        new boolean[] {false, false, true, true, true, false});
    assertThat(scores.getName()).isEqualTo("anomaly_score_slider_section_01_test.csv");
    assertThat(decisions.getName()).isEqualTo("decision_result_slider_section_01_test.csv");

    List<String> lines = Files.readAllLines(tmp.resolve(scores.getName()));
    assertThat(lines).hasSize(6).isSorted();
    assertThat(lines.get(0)).isEqualTo("section_01_source_test_anomaly_0000_a_1.wav,4.9E-324");
    assertThat(Files.readString(tmp.resolve(decisions.getName())))
        .startsWith("section_01_source_test_anomaly_0000_a_1.wav,1\n").endsWith(",0\n");

    ScoredSection back = ScoreFolder.read(fs, dir, Optional.empty()).get(0);
    for (int i = 0; i < NAMES.size(); i++) {
      int at = back.clipNames().indexOf(NAMES.get(i));
      assertThat(Double.doubleToRawLongBits(back.scores().scores()[at]))
          .as(NAMES.get(i)).isEqualTo(Double.doubleToRawLongBits(SCORES[i]));
    }
    assertThat(back.scores().decisions().orElseThrow()).containsExactly(true, true, false, true,
        false, false);
  }

  @Test
  void rejectsWhatTheReaderWouldReject() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path dir = new Path(tmp.toUri());
    assertThatThrownBy(() -> ScoreFileWriter.writeAnomalyScores(fs, dir, MachineType.of("fan"), 1,
        List.of("section_01_0000.wav"), new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
    assertThatThrownBy(() -> ScoreFileWriter.writeAnomalyScores(fs, dir, MachineType.of("fan"), 1,
        List.of("section_01_0000.wav", "section_01_0000.wav"), new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> ScoreFileWriter.writeDecisions(fs, dir, MachineType.of("fan"), 2,
        List.of("section_01_0000.wav"), new boolean[] {true}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("section 2");
  }
}
