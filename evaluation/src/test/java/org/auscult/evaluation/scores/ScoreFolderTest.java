package org.auscult.evaluation.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.metrics.SectionMetrics;
import org.auscult.features.dataset.MachineType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The evaluator's reference cases, read through Hadoop's local FS. */
class ScoreFolderTest {
  private static final Configuration CONF = new Configuration();

  private static Path vectorCase(String name) {
    return new Path(org.auscult.evaluation.ReferenceCases.dir(name).toUri());
  }

  @ParameterizedTest
  @ValueSource(strings = {"c1_1m3s_noties", "c2_1m3s_ties4", "c4_2m3s_ties2",
      "c5_1m3s_small_ties", "c7_1m3s_allties"})
  void readsEveryEvaluationNameCaseWithItsGroundTruth(String name) throws Exception {
    List<ScoredSection> sections = ScoreFolder.read(new Path(vectorCase(name), "scores"),
        Optional.of(vectorCase(name)), CONF);
    assertThat(sections).isNotEmpty().allSatisfy(s -> {
      assertThat(s.scores().decisions()).isPresent();
      assertThat(s.clipNames()).isSorted().allMatch(n -> n.startsWith("section_" + s.sectionId()));
    });
  }

  @Test
  void machinesComeInTheEvaluatorsOrder() throws Exception {
    List<ScoredSection> sections = ScoreFolder.read(new Path(vectorCase("c4_2m3s_ties2"),
        "scores"), Optional.of(vectorCase("c4_2m3s_ties2")), CONF);
    assertThat(sections).extracting(s -> s.machine().dirName() + "/" + s.sectionId())
        .containsExactly("ToyCar/03", "ToyCar/04", "ToyCar/05", "valve/03", "valve/04", "valve/05");
    assertThat(sections.get(0).clipNames()).hasSize(200);
  }

  @Test
  void developmentNamesGiveExactlyTheNumbersOfTheirGroundTruthTwin() throws Exception {
    List<ScoredSection> dev = ScoreFolder.read(new Path(vectorCase("c5_devnames"), "scores"),
        Optional.empty(), CONF);
    List<ScoredSection> eval = ScoreFolder.read(new Path(vectorCase("c5_1m3s_small_ties"),
        "scores"), Optional.of(vectorCase("c5_1m3s_small_ties")), CONF);
    assertThat(dev).hasSize(3);
    for (int i = 0; i < dev.size(); i++) {
      assertThat(dev.get(i).machine()).isEqualTo(MachineType.of("bearing"));
      assertThat(SectionMetrics.of(dev.get(i).scores()))
          .isEqualTo(SectionMetrics.of(eval.get(i).scores()));
    }
  }
}
