package org.auscult.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.metrics.DecisionCounts;
import org.auscult.evaluation.metrics.OfficialScore;
import org.auscult.evaluation.metrics.RocAuc;
import org.auscult.evaluation.metrics.SectionMetrics;
import org.auscult.evaluation.scores.ScoreFileException;
import org.auscult.evaluation.scores.ScoreFolder;
import org.auscult.evaluation.scores.ScoredSection;
import org.auscult.features.dataset.MachineType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  private static final Configuration CONF = new Configuration();
  private static final List<MachineType> MACHINES = List.of(MachineType.of("fan"), MachineType.of("valve"));
  private static final int[] SECTIONS = {0, 1, 2};
  /** Anything that would make the page fetch something: a scheme, a protocol-relative URL,
   *  a src that is not a data URI, a link, a CSS url() or @import. */
  private static final Pattern EXTERNAL = Pattern.compile(
      "(?i)(https?:|ftp:|file:|//[a-z0-9]|src=\"(?!data:image/png;base64,)|href=|url\\(|@import)");

  @TempDir
  java.nio.file.Path tmp;

  /** The folder {@code name} below the test's temporary folder, as Hadoop names it. */
  private Path folder(String name) {
    return new Path(tmp.resolve(name).toUri());
  }

  /**
   * A synthetic score folder {@code name} of {@link #MACHINES} and {@link #SECTIONS}, its anomalies
   * {@code separation} above the normals.
   */
  private Path syntheticScores(String name, long seed, double separation) throws IOException {
    Path dir = folder(name);
    SyntheticScoreFolder.write(FileSystem.getLocal(CONF), dir, MACHINES, SECTIONS, seed,
        separation, 0.3);
    return dir;
  }

  @Test
  void endToEndOnOneSystem() throws Exception {
    Path scores = syntheticScores("scores", 7L, 0.5);
    Path out = folder("out");

    EvaluationSummary summary = Evaluation.run(List.of(ScoreSet.of("ae", scores)),
        Optional.empty(), out, CONF, true);

    java.nio.file.Path outDir = tmp.resolve("out");
    assertThat(outDir.resolve("metrics.json")).isRegularFile();
    assertThat(outDir.resolve("result.csv")).isRegularFile();
    assertThat(outDir.resolve("report.html")).isRegularFile();
    assertThat(summary.report().getName()).isEqualTo("report.html");
    assertThat(outDir.resolve(".report.html.crc")).doesNotExist();

    // metrics.json against the metric functions applied to the same clips
    JsonNode json = new ObjectMapper().readTree(outDir.resolve("metrics.json").toFile());
    List<ScoredSection> sections =
        ScoreFolder.read(FileSystem.getLocal(CONF), scores, Optional.empty());
    assertThat(json.get("sections")).hasSize(6);
    assertThat(json.get("machines_present")).extracting(JsonNode::asText)
        .containsExactly("fan", "valve");
    List<SectionMetrics> all = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      ScoredSection s = sections.get(i);
      JsonNode j = json.get("sections").get(i);
      assertThat(j.get("machine").asText()).isEqualTo(s.machine().dirName());
      assertThat(j.get("section").asText()).isEqualTo(s.sectionId());
      boolean[] anomalous = s.scores().anomalous();
      boolean[] target = s.scores().target();
      double[] x = s.scores().scores();
      assertThat(j.get("auc_all").asDouble()).isEqualTo(RocAuc.auc(anomalous, x));
      assertThat(j.get("pauc").asDouble()).isEqualTo(RocAuc.partialAuc(anomalous, x, 0.1));
      assertThat(j.get("auc_source").asDouble()).isEqualTo(domainAuc(anomalous, target, x, false));
      assertThat(j.get("auc_target").asDouble()).isEqualTo(domainAuc(anomalous, target, x, true));
      assertThat(j.get("auc_source_within_domain").asDouble())
          .isEqualTo(withinDomainAuc(anomalous, target, x, false));
      assertThat(j.get("auc_target_within_domain").asDouble())
          .isEqualTo(withinDomainAuc(anomalous, target, x, true));
      DecisionCounts src = domainCounts(anomalous, target, s.scores().decisions().orElseThrow(),
          false);
      assertThat(j.get("precision_source").asDouble()).isEqualTo(src.precision());
      assertThat(j.get("recall_source").asDouble()).isEqualTo(src.recall());
      assertThat(j.get("f1_source").asDouble()).isEqualTo(src.f1());
      assertThat(j.has("f1_target")).isTrue();
      all.add(SectionMetrics.of(s.scores()));
    }
    double omega = OfficialScore.of(all);
    assertThat(json.get("official_score").asDouble()).isEqualTo(omega);
    assertThat(json.get("official_score_values").asInt()).isEqualTo(18);
    assertThat(json.get("official_score_ci95").get(0).asDouble()).isLessThan(omega);
    assertThat(json.get("official_score_ci95").get(1).asDouble()).isGreaterThan(omega);
    assertThat(json.get("machines").get("valve").get("harmonic_mean").get("auc").asDouble())
        .isBetween(0.5, 1.0);
    assertThat(summary.officialScores()).containsEntry("ae", omega);

    String csv = Files.readString(outDir.resolve("result.csv"));
    assertThat(csv).startsWith("fan\nsection,AUC (all),").contains("\nvalve\n")
        .contains("official score,," + omega + "\n");

    String html = Files.readString(outDir.resolve("report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("ae").contains("section 02");
    assertNoExternalResources(html);
    // per section one ROC plot and one histogram
    assertThat(count(html, "<img ")).isEqualTo(6 * 2);

    String table = summary.officialScoreTable();
    assertThat(table).contains("ae").contains(String.format(java.util.Locale.ROOT, "%.2f",
        100 * omega)).contains("valve");
    assertThat(Evaluation.officialScoreTable(summary)).isEqualTo(table);
  }

  @Test
  void severalSystemsGiveOneComparingReport() throws Exception {
    List<ScoreSet> sets = new ArrayList<>();
    String[] labels = {"ae", "gmm", "supervised"};
    double[] separation = {0.5, 0.8, 1.6};
    for (int i = 0; i < labels.length; i++) {
      Path dir = syntheticScores(labels[i], 100L + i, separation[i]);
      sets.add(new ScoreSet(labels[i], dir, labels[i].equals("supervised")
          ? Optional.of("uses anomaly labels <not comparable>") : Optional.empty()));
    }
    EvaluationSummary summary = Evaluation.run(sets, Optional.empty(), folder("out"), CONF,
        false);

    for (String label : labels) {
      assertThat(tmp.resolve("out").resolve(label).resolve("metrics.json")).isRegularFile();
      assertThat(tmp.resolve("out").resolve(label).resolve("result.csv")).isRegularFile();
    }
    assertThat(summary.officialScores().keySet()).containsExactly(labels);
    assertThat(summary.officialScores().get("supervised"))
        .isGreaterThan(summary.officialScores().get("ae"));
    String html = Files.readString(tmp.resolve("out/report.html"));
    assertNoExternalResources(html);
    // the note is shown (escaped) with the system everywhere it appears: summary card,
    // per-machine table, per-section table, decisions and the captions of its 6 histograms
    assertThat(count(html, "uses anomaly labels &lt;not comparable&gt;"))
        .isEqualTo(1 + 1 + 1 + 1 + 6);
    assertThat(html).doesNotContain("<not comparable>");
    assertThat(count(html, "<img ")).isEqualTo(6 * (1 + 3));
    assertThat(summary.officialScoreTable()).contains("gmm").contains("uses anomaly labels");
  }

  @Test
  void aBrokenSystemBesideAGoodOneIsLeftOutWithItsReasonAndTheOtherEvaluated() throws Exception {
    Path good = syntheticScores("good", 7L, 1.0);
    Path broken = syntheticScores("broken", 8L, 1.0);
    java.nio.file.Path file;
    try (var files = Files.list(tmp.resolve("broken"))) {
      file = files.filter(f -> f.getFileName().toString().startsWith("anomaly_score_")).findFirst()
          .orElseThrow();
    }
    Files.writeString(file, "section_00_source_test_normal_0000.wav,not-a-number\n");
    // Hadoop's local file system checks a file against the .crc beside it
    Files.deleteIfExists(file.resolveSibling("." + file.getFileName() + ".crc"));
    EvaluationSummary summary = Evaluation.run(List.of(ScoreSet.of("good", good),
        ScoreSet.of("broken", broken)), Optional.empty(), folder("out-broken"), CONF, false,
        java.util.Map.of("model models/ae/fan (not scored)", "has no _SUCCESS marker"));

    assertThat(summary.officialScores()).containsOnlyKeys("good");
    assertThat(summary.skipped()).containsKeys("model models/ae/fan (not scored)")
        .hasSize(2).anySatisfy((what, why) -> {
          assertThat(what).startsWith("broken (");
          assertThat(why).contains(file.getFileName().toString()).contains("not-a-number");
        });
    String html = Files.readString(tmp.resolve("out-broken/report.html"));
    assertThat(html).contains("<h2>Left out</h2>", "model models/ae/fan (not scored)",
        "has no _SUCCESS marker", file.getFileName().toString());
  }

  @Test
  void badInputsFailBeforeAnythingIsWritten() throws Exception {
    Path missing = folder("nothing-here");
    Path out = folder("out");
    assertThatThrownBy(() -> Evaluation.run(List.of(ScoreSet.of("ae", missing)),
        Optional.empty(), out, CONF, false)).isInstanceOf(ScoreFileException.class)
        .hasMessageContaining("nothing-here");
    assertThat(tmp.resolve("out")).doesNotExist();
    assertThatThrownBy(() -> Evaluation.run(List.of(ScoreSet.of("a", missing),
        ScoreSet.of("a", missing)), Optional.empty(), out, CONF, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
    assertThatThrownBy(() -> ScoreSet.of("../x", missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names a folder");
  }

  @Test
  void theExternalResourceCheckWouldCatchOne() {
    for (String bad : new String[] {"<img src=\"https://x.org/a.png\">", "<link href=\"a.css\">",
        "<style>@import 'a.css'</style>", "<div style=\"background:url(a.png)\">",
        "<script src=\"//cdn.example/x.js\">"}) {
      assertThat(EXTERNAL.matcher(bad).find()).as(bad).isTrue();
    }
    assertNoExternalResources("<img src=\"data:image/png;base64,iVBOR//w0KGgo=\">");
  }

  private static void assertNoExternalResources(String html) {
    // the base64 payloads themselves may contain "//"; the src attribute before them stays
    Matcher m = EXTERNAL.matcher(html.replaceAll("base64,[A-Za-z0-9+/=]+", "base64,"));
    boolean found = m.find();
    assertThat(found).as("external reference: %s", found ? m.group() : "").isFalse();
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  /** The AUC of one domain: its normal clips against every anomaly. */
  private static double domainAuc(boolean[] anomalous, boolean[] target, double[] x,
      boolean domain) {
    int[] keep = where(x.length, i -> anomalous[i] || target[i] == domain);
    return RocAuc.auc(pick(anomalous, keep), Arrays.stream(keep).mapToDouble(i -> x[i]).toArray());
  }

  /** The AUC over one domain's clips alone (DCASE 2021's). */
  private static double withinDomainAuc(boolean[] anomalous, boolean[] target, double[] x,
      boolean domain) {
    int[] keep = where(x.length, i -> target[i] == domain);
    return RocAuc.auc(pick(anomalous, keep), Arrays.stream(keep).mapToDouble(i -> x[i]).toArray());
  }

  /** The decision counts of one domain's clips. */
  private static DecisionCounts domainCounts(boolean[] anomalous, boolean[] target,
      boolean[] decided, boolean domain) {
    int[] keep = where(anomalous.length, i -> target[i] == domain);
    return DecisionCounts.count(pick(anomalous, keep), pick(decided, keep));
  }

  private static int[] where(int n, IntPredicate keep) {
    return IntStream.range(0, n).filter(keep).toArray();
  }

  private static boolean[] pick(boolean[] values, int[] indices) {
    boolean[] picked = new boolean[indices.length];
    for (int k = 0; k < indices.length; k++) {
      picked[k] = values[indices[k]];
    }
    return picked;
  }
}
