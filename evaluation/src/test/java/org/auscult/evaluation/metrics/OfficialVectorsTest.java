package org.auscult.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.auscult.evaluation.ReferenceCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every case of the evaluator's reference cases ({@link ReferenceCases}) that comes with ground-truth files, read here with a
 * few lines of plain parsing so that the metrics are checked independently of the score reader
 * (which has its own test over all cases, {@code c5_devnames} included).
 */
class OfficialVectorsTest {
  private static final double TOLERANCE = 1e-9;
  private static final Pattern SCORE_FILE =
      Pattern.compile("anomaly_score_(.+)_section_(\\d{2})_test\\.csv");

  @ParameterizedTest
  @ValueSource(strings = {"c1_1m3s_noties", "c2_1m3s_ties4", "c4_2m3s_ties2",
      "c5_1m3s_small_ties", "c7_1m3s_allties"})
  void reproducesTheEvaluator(String name) throws IOException {
    Path dir = ReferenceCases.dir(name);
    JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());

    // machine -> section -> metrics, machines in the evaluator's sorted order
    Map<String, Map<String, SectionMetrics>> byMachine = new TreeMap<>();
    Map<String, Map<String, SectionScores>> scoresByMachine = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("scores"))) {
      for (Path f : files.toList()) {
        Matcher m = SCORE_FILE.matcher(f.getFileName().toString());
        if (m.matches()) {
          SectionScores s = read(dir, m.group(1), m.group(2));
          byMachine.computeIfAbsent(m.group(1), k -> new TreeMap<>())
              .put(m.group(2), SectionMetrics.of(s));
          scoresByMachine.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), s);
        }
      }
    }
    assertThat(byMachine.keySet()).containsExactlyInAnyOrderElementsOf(
        () -> expected.get("machines").fieldNames());

    List<SectionMetrics> all = new ArrayList<>();
    for (var machine : byMachine.entrySet()) {
      JsonNode em = expected.get("machines").get(machine.getKey());
      for (var section : machine.getValue().entrySet()) {
        JsonNode es = em.get("sections").get(section.getKey());
        SectionMetrics m = section.getValue();
        assertClose(m.aucSource(), es, "AUC (source)");
        assertClose(m.aucTarget(), es, "AUC (target)");
        assertClose(m.pauc(), es, "pAUC");
        assertClose(m.aucAll(), es, "AUC (all)");
        for (String domain : new String[] {"source", "target"}) {
          DecisionCounts c = (domain.equals("source") ? m.decisionsSource() : m.decisionsTarget())
              .orElseThrow();
          assertClose(c.precision(), es, "precision (" + domain + ")");
          assertClose(c.recall(), es, "recall (" + domain + ")");
          assertClose(c.f1(), es, "F1 score (" + domain + ")");
        }
      }
      List<SectionMetrics> sections = new ArrayList<>(machine.getValue().values());
      assertAverages(SectionAverages.of(sections), em);
      all.addAll(sections);
    }
    assertAverages(SectionAverages.of(all), expected.get("overall"));
    assertThat(OfficialScore.values(all)).hasSize(expected.get("official_score_n_values").asInt());
    assertThat(OfficialScore.of(all))
        .isCloseTo(expected.get("official_score").asDouble(), within(TOLERANCE));
  }

  private static void assertAverages(SectionAverages a, JsonNode parent) {
    assertMeans(a.arithmetic(), parent.get("arithmetic mean"));
    assertMeans(a.harmonic(), parent.get("harmonic mean"));
    assertMeans(a.sourceHarmonic(), parent.get("source harmonic mean"));
    assertMeans(a.targetHarmonic(), parent.get("target harmonic mean"));
  }

  private static void assertMeans(MetricMeans m, JsonNode e) {
    assertClose(m.auc(), e, "AUC");
    assertClose(m.pauc(), e, "pAUC");
    DecisionMeans d = m.decisions().orElseThrow();
    assertClose(d.precision(), e, "precision");
    assertClose(d.recall(), e, "recall");
    assertClose(d.f1(), e, "F1 score");
  }

  private static void assertClose(double actual, JsonNode parent, String key) {
    assertThat(parent.has(key)).as(key).isTrue();
    assertThat(actual).as(key).isCloseTo(parent.get(key).asDouble(), within(TOLERANCE));
  }

  private static SectionScores read(Path dir, String machine, String section) throws IOException {
    String stem = machine + "_section_" + section + "_test.csv";
    Map<String, String> score = rows(dir.resolve("scores/anomaly_score_" + stem));
    Map<String, String> decision = rows(dir.resolve("scores/decision_result_" + stem));
    Map<String, String> label = rows(dir.resolve("ground_truth_data/ground_truth_" + stem));
    Map<String, String> domain = rows(dir.resolve("ground_truth_domain/ground_truth_" + stem));
    assertThat(score.keySet()).isEqualTo(label.keySet()).isEqualTo(domain.keySet())
        .isEqualTo(decision.keySet());
    List<String> names = new ArrayList<>(new TreeSet<>(score.keySet()));
    int n = names.size();
    boolean[] anomalous = new boolean[n];
    boolean[] target = new boolean[n];
    double[] scores = new double[n];
    boolean[] decisions = new boolean[n];
    for (int i = 0; i < n; i++) {
      String c = names.get(i);
      anomalous[i] = label.get(c).equals("1");
      target[i] = domain.get(c).equals("1");
      scores[i] = Double.parseDouble(score.get(c));
      decisions[i] = decision.get(c).equals("1");
    }
    return new SectionScores(anomalous, target, scores, decisions);
  }

  private static Map<String, String> rows(Path file) throws IOException {
    Map<String, String> rows = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isEmpty()) {
        String[] f = line.split(",");
        rows.put(f[0], f[1]);
      }
    }
    return rows;
  }
}
