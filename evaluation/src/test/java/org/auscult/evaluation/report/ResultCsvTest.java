package org.auscult.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.scores.ScoreFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our result.csv against the official evaluator's own file for every reference case: the same
 * rows and labels, every number within 1e-9, except the per-machine source/target harmonic-mean
 * rows (correct means, checked against expected.json) and the ci95 row (a different statistic).
 */
class ResultCsvTest {
  private static final double TOLERANCE = 1e-9;

  private static java.nio.file.Path vectorCase(String name) {
    return org.auscult.evaluation.ReferenceCases.dir(name);
  }

  private static SystemEvaluation evaluate(String name, boolean jackknife) throws Exception {
    Path dir = new Path(vectorCase(name).toUri());
    return SystemEvaluation.of(name, Optional.empty(), ScoreFolder.read(new Path(dir, "scores"),
        Optional.of(dir), new Configuration()), jackknife);
  }

  @ParameterizedTest
  @ValueSource(strings = {"c1_1m3s_noties", "c2_1m3s_ties4", "c4_2m3s_ties2",
      "c5_1m3s_small_ties", "c7_1m3s_allties"})
  void matchesTheEvaluatorsFile(String name) throws Exception {
    List<List<String>> ours = parse(ResultCsv.format(evaluate(name, false)));
    List<List<String>> theirs = parse(Files.readString(vectorCase(name)
        .resolve("official_result.csv")));
    theirs.removeIf(row -> row.get(0).equals("official score ci95"));
    JsonNode expected = new ObjectMapper().readTree(vectorCase(name)
        .resolve("expected.json").toFile());
    assertThat(ours).hasSameSizeAs(theirs);

    String machine = null;
    int quirkRows = 0;
    for (int r = 0; r < ours.size(); r++) {
      List<String> a = ours.get(r);
      List<String> b = theirs.get(r);
      assertThat(a).as("row %d", r + 1).hasSameSizeAs(b);
      assertThat(a.get(0)).as("row %d label", r + 1).isEqualTo(b.get(0));
      if (expected.get("machines").has(a.get(0))) {
        machine = a.get(0);
      }
      boolean quirk = machine != null
          && (a.get(0).equals("source harmonic mean") || a.get(0).equals("target harmonic mean"));
      if (a.get(0).startsWith("arithmetic mean over")) {
        machine = null;
      }
      if (quirk) {
        quirkRows++;
        JsonNode e = expected.get("machines").get(machine).get(a.get(0));
        String[] keys = {"AUC", "pAUC", "precision", "recall", "F1 score"};
        for (int c = 0; c < keys.length; c++) {
          assertThat(Double.parseDouble(a.get(2 + c))).as("%s %s %s", machine, a.get(0), keys[c])
              .isCloseTo(e.get(keys[c]).asDouble(), within(TOLERANCE));
        }
        continue;
      }
      for (int c = 1; c < a.size(); c++) {
        if (isNumber(b.get(c))) {
          assertThat(Double.parseDouble(a.get(c))).as("row %d col %d", r + 1, c + 1)
              .isCloseTo(Double.parseDouble(b.get(c)), within(TOLERANCE));
        } else {
          assertThat(a.get(c)).as("row %d col %d", r + 1, c + 1).isEqualTo(b.get(c));
        }
      }
    }
    assertThat(quirkRows).isEqualTo(2 * expected.get("machines").size());
  }

  @Test
  void theQuirkRowsReallyDifferFromTheEvaluatorsWhereItSlices() throws Exception {
    SystemEvaluation e = evaluate("c4_2m3s_ties2", false);
    // the evaluator's "source harmonic mean" AUC of ToyCar is section 03's AUC-S alone, 0.594
    assertThat(e.machines().get("ToyCar").sourceHarmonic().auc())
        .isCloseTo(0.5932208559222474, within(TOLERANCE));
  }

  @Test
  void writesTheJackknifeIntervalAsLowerAndUpper() throws Exception {
    SystemEvaluation e = evaluate("c1_1m3s_noties", true);
    String csv = ResultCsv.format(e);
    var ci = e.interval().orElseThrow();
    assertThat(csv).contains("official score ci95,," + ci.lower() + "," + ci.upper() + "\n");
    assertThat(ci.lower()).isLessThan(e.officialScore());
    assertThat(ci.upper()).isGreaterThan(e.officialScore());
    assertThat(csv).endsWith("\n\n");
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Minimal RFC 4180 reading: quoted fields may hold commas; blank lines are kept as rows. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      List<String> row = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            f.append(ch);
          }
        } else if (ch == '"') {
          quoted = true;
        } else if (ch == ',') {
          row.add(f.toString());
          f.setLength(0);
        } else {
          f.append(ch);
        }
      }
      row.add(f.toString());
      rows.add(row);
    }
    return rows;
  }
}
