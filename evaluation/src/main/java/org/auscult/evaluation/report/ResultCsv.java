package org.auscult.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.auscult.evaluation.metrics.DecisionCounts;
import org.auscult.evaluation.metrics.JackknifeInterval;
import org.auscult.evaluation.metrics.MetricMeans;
import org.auscult.evaluation.metrics.SectionAverages;
import org.auscult.evaluation.metrics.SectionMetrics;

/**
 * {@code result.csv} in the official evaluator's layout: per machine its name, a header, one row
 * per section, a header of means and the arithmetic, harmonic, source-harmonic and
 * target-harmonic rows, a blank line; then the same four rows over all machines, the official
 * score and (when computed) {@code official score ci95,,<lower>,<upper>}.
 *
 * <p>Differences from the evaluator's file, on purpose: the per-machine source/target harmonic
 * rows are the correct means (the evaluator slices its value list at {@code len(section_ids)//2},
 * so e.g. its "source" row of a 3-section machine is one section's source value); the ci95 row is
 * the jackknife interval of Ω itself (see
 * {@link org.auscult.evaluation.metrics.OfficialScoreJackknife}), not the evaluator's half-width
 * of pooled AUC/pAUC. Without decisions the precision/recall/F1 cells are empty. Numbers are
 * {@link Double#toString(double)}, which reads back exactly. Quoting and line ends as Python's
 * {@code csv.writer(lineterminator='\n')}.
 */
public final class ResultCsv {
  private static final String SECTION_HEADER = "section,AUC (all),AUC (source),AUC (target),pAUC,"
      + "precision (source),precision (target),recall (source),recall (target),"
      + "F1 score (source),F1 score (target)";
  private static final String MEANS_HEADER = ",,AUC,pAUC,precision,recall,F1 score";
  private static final String OVERALL = " over all machine types, sections, and domains";

  private ResultCsv() {
  }

  /** The file's text. */
  public static String format(SystemEvaluation system) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, SectionAverages> machine : system.machines().entrySet()) {
      lines.add(field(machine.getKey()));
      lines.add(SECTION_HEADER);
      for (SectionEvaluation s : system.sectionsOf(machine.getKey())) {
        lines.add(sectionRow(s));
      }
      lines.add(MEANS_HEADER);
      addMeanRows(lines, machine.getValue(), "");
      lines.add("");
    }
    lines.add(MEANS_HEADER);
    addMeanRows(lines, system.overall(), OVERALL);
    lines.add("");
    lines.add("official score,," + number(system.officialScore()));
    if (system.interval().isPresent()) {
      JackknifeInterval ci = system.interval().get();
      lines.add("official score ci95,," + number(ci.lower()) + "," + number(ci.upper()));
    }
    lines.add("");
    return String.join("\n", lines) + "\n";
  }

  private static String sectionRow(SectionEvaluation s) {
    SectionMetrics m = s.metrics();
    StringBuilder row = new StringBuilder(s.sectionId());
    for (double v : new double[] {m.aucAll(), m.aucSource(), m.aucTarget(), m.pauc()}) {
      row.append(',').append(number(v));
    }
    DecisionCounts src = m.decisionsSource().orElse(null);
    DecisionCounts tgt = m.decisionsTarget().orElse(null);
    if (src == null) {
      row.append(",,,,,,");
    } else {
      for (double v : new double[] {src.precision(), tgt.precision(), src.recall(), tgt.recall(),
          src.f1(), tgt.f1()}) {
        row.append(',').append(number(v));
      }
    }
    return row.toString();
  }

  private static void addMeanRows(List<String> lines, SectionAverages a, String suffix) {
    lines.add(meanRow("arithmetic mean" + suffix, a.arithmetic()));
    lines.add(meanRow("harmonic mean" + suffix, a.harmonic()));
    lines.add(meanRow("source harmonic mean" + suffix, a.sourceHarmonic()));
    lines.add(meanRow("target harmonic mean" + suffix, a.targetHarmonic()));
  }

  private static String meanRow(String label, MetricMeans m) {
    StringBuilder row = new StringBuilder(field(label)).append(",,").append(number(m.auc()))
        .append(',').append(number(m.pauc()));
    if (m.decisions().isPresent()) {
      row.append(',').append(number(m.decisions().get().precision()))
          .append(',').append(number(m.decisions().get().recall()))
          .append(',').append(number(m.decisions().get().f1()));
    } else {
      row.append(",,,");
    }
    return row.toString();
  }

  /** An absent metric (NaN: no normal test clips of a domain, or no domains) is an empty cell. */
  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** Python csv QUOTE_MINIMAL: quote a field holding a comma, quote or line break. */
  private static String field(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
