package org.auscult.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.auscult.evaluation.EvaluationSummary;
import org.auscult.evaluation.ReferenceCases;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.StageFailedException;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.spark.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateJobTest {
  private static double expectedOfficial(String kase) throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReferenceCases.dir(kase).resolve("expected.json")
        .toFile());
    return json.get("official_score").asDouble();
  }

  @Test
  void reproducesTheOfficialEvaluatorOnEvalAndDevNames(@TempDir Path tmp) throws Exception {
    for (String kase : List.of("c1_1m3s_noties", "c4_2m3s_ties2")) {
      Path out = tmp.resolve(kase);
      EvaluationSummary s = EvaluateJob.run(SharedSpark.session(),
          List.of(ReferenceCases.dir(kase).resolve("scores").toString()),
          Optional.of(ReferenceCases.dir(kase).toString()), out.toString(), false);
      assertThat(s.officialScores().get("scores")).isCloseTo(expectedOfficial(kase),
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(out.resolve("report.html")).exists();
      assertThat(out.resolve(StageOutput.SUCCESS)).exists();
    }
    Path dev = tmp.resolve("dev");
    EvaluationSummary s = EvaluateJob.run(SharedSpark.session(),
        List.of(ReferenceCases.dir("c5_devnames").resolve("scores").toString()), Optional.empty(),
        dev.toString(), true);
    assertThat(s.officialScores().get("scores")).isCloseTo(expectedOfficial("c5_1m3s_small_ties"),
        org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aBadScoreFileFailsNamingFileAndLineAndKeepsThePreviousOutput(@TempDir Path tmp)
      throws Exception {
    Path scores = tmp.resolve("scores");
    Files.createDirectories(scores);
    Path source = ReferenceCases.dir("c5_devnames").resolve("scores");
    try (var files = Files.list(source)) {
      for (Path f : files.toList()) {
        Files.copy(f, scores.resolve(f.getFileName()));
      }
    }
    Path out = tmp.resolve("eval");
    EvaluateJob.run(SharedSpark.session(), List.of(scores.toString()), Optional.empty(),
        out.toString(), false);
    Path victim;
    try (var files = Files.list(scores)) {
      victim = files.filter(f -> f.getFileName().toString().startsWith("anomaly_score_"))
          .sorted().findFirst().orElseThrow();
    }
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(victim));
    lines.set(2, lines.get(2).replaceAll(",[^,]*$", ",NaN"));
    Files.write(victim, lines);

    assertThatThrownBy(() -> EvaluateJob.run(SharedSpark.session(), List.of(scores.toString()),
        Optional.empty(), out.toString(), false))
        .isInstanceOf(StageFailedException.class)
        .hasMessageContaining(victim.getFileName().toString() + ":3")
        .satisfies(e -> assertThat(((StageFailedException) e).exitCode())
            .isEqualTo(ExitCodes.FAILED));
    assertThat(out.resolve("metrics.json")).exists();
    assertThat(out.resolve(StageOutput.SUCCESS)).exists();
  }
}
