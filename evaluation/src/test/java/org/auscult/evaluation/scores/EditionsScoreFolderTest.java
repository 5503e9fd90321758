package org.auscult.evaluation.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.FileTrees;
import org.auscult.evaluation.metrics.SectionMetrics;
import org.auscult.evaluation.report.SystemEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Score folders of every edition's clip names, with and without ground truth. */
class EditionsScoreFolderTest {
  @TempDir
  java.nio.file.Path tmp;

  private void write(String relative, String text) throws IOException {
    FileTrees.write(tmp, relative, text);
  }

  private SystemEvaluation evaluate(boolean groundTruth) throws ScoreFileException {
    List<ScoredSection> sections = ScoreFolder.read(new Path(tmp.resolve("scores").toUri()),
        groundTruth ? Optional.of(new Path(tmp.resolve("gt").toUri())) : Optional.empty(),
        new Configuration());
    return SystemEvaluation.of("sys", Optional.empty(), sections, true);
  }

  @Test
  void dcase2020NamesAreEvaluatedPerIdWithoutDomains() throws Exception {
    write("scores/anomaly_score_ToyConveyor_section_01_test.csv", String.join("\n",
        "anomaly_id_01_00000000.wav,0.9", "anomaly_id_01_00000001.wav,0.2",
        "normal_id_01_00000000.wav,0.5", "normal_id_01_00000001.wav,0.1",
        "normal_id_01_00000002.wav,0.3") + "\n");

    SystemEvaluation e = evaluate(false);

    SectionMetrics m = e.sections().get(0).metrics();
    assertThat(m.domains()).isFalse();
    assertThat(m.aucAll()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(e.officialScoreValues()).isEqualTo(2);
    assertThat(e.machines().get("ToyConveyor").arithmetic().auc()).isCloseTo(4.0 / 6,
        within(1e-12));
    assertThat(e.interval()).isEmpty();
  }

  @Test
  void dcase2020EvaluationNamesTakeTheirLabelsFromTheEvaluatorsList() throws Exception {
    write("scores/anomaly_score_pump_section_05_test.csv",
        "id_05_00000000.wav,0.9\nid_05_00000001.wav,0.1\nid_05_00000002.wav,0.6\n");
    write("gt/eval_data_list.csv", String.join("\n", "fan",
        "id_05_00000000.wav,normal_id_05_00000000.wav,0", "pump",
        "id_05_00000000.wav,anomaly_id_05_00000000.wav,1",
        "id_05_00000001.wav,normal_id_05_00000001.wav,0",
        "id_05_00000002.wav,normal_id_05_00000002.wav,0") + "\n");

    SectionMetrics m = evaluate(true).sections().get(0).metrics();

    assertThat(m.domains()).isFalse();
    assertThat(m.aucAll()).isEqualTo(1.0);
  }

  @Test
  void dcase2021EvaluationNamesTakeLabelsFromOneFilePerDomain() throws Exception {
    write("scores/anomaly_score_gearbox_section_03_test.csv", String.join("\n",
        "section_03_source_test_0000.wav,0.9", "section_03_source_test_0001.wav,0.1",
        "section_03_target_test_0000.wav,0.2", "section_03_target_test_0001.wav,0.7") + "\n");
    write("gt/ground_truth_data/ground_truth_gearbox_section_03_source_test.csv",
        "section_03_source_test_0000.wav,1\nsection_03_source_test_0001.wav,0\n");
    write("gt/ground_truth_data/ground_truth_gearbox_section_03_target_test.csv",
        "section_03_target_test_0000.wav,0\nsection_03_target_test_0001.wav,1\n");

    SectionMetrics m = evaluate(true).sections().get(0).metrics();

    assertThat(m.domains()).isTrue();
    // source normal 0.1 against anomalies {0.9, 0.7}; target normal 0.2 against them
    assertThat(m.aucSource()).isEqualTo(1.0);
    assertThat(m.aucTarget()).isEqualTo(1.0);
  }

  @Test
  void aSectionWithoutTargetNormalsIsEvaluatedOnWhatItHas() throws Exception {
    // the case, which used to fail the whole run
    write("scores/anomaly_score_fan_section_00_test.csv", String.join("\n",
        "section_00_source_test_anomaly_0000.wav,0.9", "section_00_target_test_anomaly_0000.wav,0.2",
        "section_00_source_test_normal_0000.wav,0.5", "section_00_source_test_normal_0001.wav,0.1")
        + "\n");
    write("scores/anomaly_score_valve_section_00_test.csv", String.join("\n",
        "section_00_source_test_anomaly_0000.wav,0.9", "section_00_source_test_normal_0000.wav,0.1",
        "section_00_target_test_normal_0000.wav,0.2") + "\n");

    SystemEvaluation e = evaluate(false);

    SectionMetrics fan = e.sectionsOf("fan").get(0).metrics();
    assertThat(fan.aucSource()).isCloseTo(0.75, within(1e-12));
    assertThat(SectionMetrics.isAbsent(fan.aucTarget())).isTrue();
    // fan brings 2 values, valve 3
    assertThat(e.officialScoreValues()).isEqualTo(5);
    assertThat(org.auscult.evaluation.report.MetricsJson.format(e))
        .containsPattern("\"auc_target\" ?: ?null");
    assertThat(org.auscult.evaluation.report.ResultCsv.format(e)).isNotBlank();
  }
}
