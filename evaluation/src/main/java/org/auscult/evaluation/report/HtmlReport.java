package org.auscult.evaluation.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.auscult.evaluation.metrics.DecisionCounts;
import org.auscult.evaluation.metrics.JackknifeInterval;
import org.auscult.evaluation.metrics.RocAuc;
import org.auscult.evaluation.metrics.SectionMetrics;
import org.auscult.evaluation.metrics.SectionScores;

/**
 * One self-contained HTML page comparing one or more systems: official scores, per-machine means
 * beside the published DCASE figures, colour-scaled per-section tables, and per section the ROC
 * curves (source solid, target dashed, one colour per system) and score histograms. Images are
 * PNGs in {@code data:} URIs and the CSS is inline, so the page needs nothing but itself.
 */
public final class HtmlReport {
  private static final Color[] PALETTE = {new Color(31, 119, 180), new Color(214, 39, 40),
      new Color(44, 160, 44), new Color(148, 103, 189), new Color(255, 127, 14),
      new Color(140, 86, 75), new Color(23, 190, 207), new Color(127, 127, 127)};
  private static final String AUC_ALL = "AUC (all)";
  private static final String AUC_SOURCE_WITHIN = "AUC (source clips)";
  private static final String AUC_TARGET_WITHIN = "AUC (target clips)";
  private static final int ROC_SIZE = 400;
  private static final int HIST_WIDTH = 400;
  private static final int HIST_HEIGHT = 170;

  private static final String CSS = String.join("\n",
      "body{font-family:'DejaVu Sans',system-ui,sans-serif;margin:0;background:#f4f5f7;"
          + "color:#1d2125;font-size:14px}",
      "main{max-width:1360px;margin:0 auto;padding:24px 28px 60px}",
      "h1{font-size:24px;margin:0 0 4px}",
      "h2{font-size:18px;margin:36px 0 10px;padding-bottom:4px;border-bottom:2px solid #d0d4d9}",
      "h3{font-size:15px;margin:22px 0 8px}",
      ".sub{color:#5c6670;margin:0 0 18px}",
      ".cards{display:flex;flex-wrap:wrap;gap:14px}",
      ".card{background:#fff;border-radius:8px;padding:14px 18px;width:262px;"
          + "box-shadow:0 1px 3px rgba(0,0,0,.12);border-top:5px solid #888}",
      ".card .omega{font-size:36px;font-weight:700;margin:6px 0 0}",
      ".card .what{color:#5c6670;font-size:12px}",
      ".card .ci{font-size:13px;margin-top:4px}",
      ".card.pub{background:#fafafa;border-top-color:#bbb;color:#4a535c}",
      ".card.pub td{padding:2px 12px 2px 0}",
      ".sys{font-weight:700;white-space:nowrap}",
      ".sys i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;"
          + "vertical-align:-1px}",
      ".note{display:inline-block;background:#fff3cd;border:1px solid #e0c36a;color:#6b5200;"
          + "border-radius:10px;padding:0 7px;font-size:11px;font-weight:400;margin-left:6px}",
      ".tag{display:inline-block;background:#e8eaed;color:#4a535c;border-radius:10px;"
          + "padding:0 7px;font-size:11px;margin-left:6px}",
      "table{border-collapse:collapse;background:#fff;font-variant-numeric:tabular-nums;"
          + "box-shadow:0 1px 2px rgba(0,0,0,.08)}",
      "th,td{padding:4px 8px;border:1px solid #e1e4e8;text-align:right;font-size:13px}",
      "th{background:#eef0f3;font-weight:600}",
      "td.l,th.l{text-align:left}",
      "th.grp,td.grp{border-left:2px solid #9aa3ad}",
      "th[colspan]{text-align:center}",
      "details{margin:4px 0}",
      "summary{cursor:pointer;margin-bottom:6px}",
      "tr.mean td{font-style:italic;border-top:2px solid #c9ced4}",
      "tr.pub td{color:#5c6670;background:#fafafa}",
      ".tables{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}",
      ".tables>div>h3{margin-top:0}",
      ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:14px}",
      ".fig{background:#fff;border-radius:8px;padding:10px;box-shadow:0 1px 3px rgba(0,0,0,.12)}",
      ".fig h4{margin:0 0 6px;font-size:14px}",
      ".fig img{display:block;max-width:100%;height:auto}",
      ".fig .cap{color:#5c6670;font-size:12px;margin:4px 2px}",
      ".explain{color:#4a535c;font-size:13px;line-height:1.5;max-width:1000px}");

  private HtmlReport() {
  }

  /** The page for {@code systems}, in the order given (the first is the reference colour). */
  public static String render(List<SystemEvaluation> systems) {
    return render(systems, Map.of());
  }

  /** The report, listing what was left out ({@code skipped}: what, and why) after the scores. */
  public static String render(List<SystemEvaluation> systems, Map<String, String> skipped) {
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one system");
    }
    StringBuilder h = new StringBuilder(1 << 20);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc("Auscult evaluation: " + String.join(", ",
            systems.stream().map(SystemEvaluation::label).toList())))
        .append("</title>\n<style>\n").append(CSS).append("\n</style></head><body><main>\n");
    h.append("<h1>Anomalous sound detection &mdash; evaluation report</h1>\n");
    h.append("<p class=\"sub\">DCASE 2022 Task 2 metrics, computed as the official evaluator does"
        + " &middot; ").append(systems.size()).append(systems.size() == 1 ? " system" : " systems")
        .append(" &middot; all values in %</p>\n");
    summary(h, systems);
    skipped(h, skipped);
    perMachine(h, systems);
    perSection(h, systems);
    plots(h, systems);
    explanation(h);
    h.append("</main></body></html>\n");
    return h.toString();
  }

  private static void skipped(StringBuilder h, Map<String, String> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    h.append("<h2>Left out</h2>\n<p>These could not be evaluated; the others were.</p>\n<ul>\n");
    skipped.forEach((what, why) -> h.append("<li><b>").append(esc(what)).append("</b>: ")
        .append(esc(why)).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static void summary(StringBuilder h, List<SystemEvaluation> systems) {
    h.append("<h2>Official score</h2>\n<div class=\"cards\">\n");
    for (int i = 0; i < systems.size(); i++) {
      SystemEvaluation s = systems.get(i);
      h.append("<div class=\"card\" style=\"border-top-color:").append(css(colour(i)))
          .append("\">").append(systemLabel(s, i)).append("\n<div class=\"omega\">")
          .append(pct(s.officialScore())).append("</div>\n<div class=\"what\">&Omega;, harmonic"
          + " mean of ").append(s.officialScoreValues()).append(" values (AUC-S, AUC-T, pAUC of ")
          .append(s.sections().size()).append(" sections)</div>\n<div class=\"ci\">");
      if (s.interval().isPresent()) {
        JackknifeInterval ci = s.interval().get();
        h.append("95&nbsp;% CI ").append(pct(ci.lower())).append(" &ndash; ")
            .append(pct(ci.upper())).append(" <span class=\"what\">(jackknife over ")
            .append(ci.leaveOuts()).append(" clips)</span>");
      } else {
        h.append("<span class=\"what\">no confidence interval computed</span>");
      }
      h.append("</div>\n<div class=\"what\">").append(esc(String.join(", ",
          s.machinesPresent()))).append("</div></div>\n");
    }
    h.append("<div class=\"card pub\"><b>Published, real DCASE 2022 dev data</b>"
        + "<span class=\"tag\">context, not targets</span>\n<table style=\"box-shadow:none;"
        + "background:none\">");
    for (PublishedBaselines.Score p : PublishedBaselines.SCORES) {
      h.append("<tr><td class=\"l\" style=\"border:0\">").append(esc(p.system()))
          .append("</td><td style=\"border:0\"><b>")
          .append(PublishedBaselines.format(p.omega(), 2)).append("</b></td></tr>");
    }
    h.append("</table></div>\n</div>\n");
    int complete = 63;
    if (systems.stream().anyMatch(s -> s.officialScoreValues() != complete)) {
      h.append("<p class=\"explain\">&Omega; is taken over the sections present; the complete"
          + " development or evaluation set (7 machine types &times; 3 sections) gives 63 values."
          + " Scores over different sections are not comparable.</p>\n");
    }
  }

  private static void perMachine(StringBuilder h, List<SystemEvaluation> systems) {
    h.append("<h2>Per machine type, beside the published figures</h2>\n<p class=\"explain\">"
        + "Arithmetic mean over each machine type's sections of AUC (source), AUC (target) and"
        + " pAUC; &Omega; as above. Grey rows are the published DCASE 2022 development-set"
        + " figures: they hold on the real recordings only.</p>\n<table><tr><th class=\"l\""
        + " rowspan=\"2\">system</th>");
    for (String m : PublishedBaselines.MACHINES) {
      h.append("<th colspan=\"3\" class=\"grp\">").append(esc(m)).append("</th>");
    }
    h.append("<th rowspan=\"2\" class=\"grp\">&Omega;</th></tr>\n<tr>");
    for (int m = 0; m < PublishedBaselines.MACHINES.size(); m++) {
      h.append("<th class=\"grp\">S</th><th>T</th><th>p</th>");
    }
    h.append("</tr>\n");
    String[] metrics = {PublishedBaselines.AUC_SOURCE, PublishedBaselines.AUC_TARGET,
        PublishedBaselines.PAUC};
    for (int i = 0; i < systems.size(); i++) {
      SystemEvaluation s = systems.get(i);
      h.append("<tr><td class=\"l\">").append(systemLabel(s, i)).append("</td>");
      for (String m : PublishedBaselines.MACHINES) {
        meanCells(h, s.sectionsOf(m), metrics);
      }
      h.append("<td class=\"grp\"><b>").append(pct(s.officialScore())).append("</b></td></tr>\n");
    }
    for (PublishedBaselines.Score p : PublishedBaselines.SCORES) {
      h.append("<tr class=\"pub\"><td class=\"l\">").append(esc(p.system()))
          .append("<span class=\"tag\">real data</span></td>");
      for (int m = 0; m < PublishedBaselines.MACHINES.size(); m++) {
        for (int k = 0; k < metrics.length; k++) {
          h.append(k == 0 ? "<td class=\"grp\">" : "<td>")
              .append(PublishedBaselines.value(p.system(), metrics[k], m)).append("</td>");
        }
      }
      h.append("<td class=\"grp\">").append(PublishedBaselines.format(p.omega(), 2))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void perSection(StringBuilder h, List<SystemEvaluation> systems) {
    h.append("<h2>Per section</h2>\n<p class=\"explain\">AUC-S and AUC-T each use that"
        + " domain's normal clips and all of the section's anomalies; pAUC (FPR &le; 0.1,"
        + " McClish-standardised) and AUC over all clips use every clip. S only and T only: the"
        + " AUC within one domain, its normals against its own anomalies (DCASE 2021's; not in"
        + " the official score): where AUC-S is far above S only, the target anomalies lift it."
        + " Colour: white at chance"
        + " (50), green above, red below. Italic rows: arithmetic mean of the machine type's"
        + " sections.</p>\n<table><tr><th class=\"l\" rowspan=\"2\">machine</th>"
        + "<th rowspan=\"2\">section</th><th rowspan=\"2\">clips (anom.)</th>");
    for (int i = 0; i < systems.size(); i++) {
      h.append("<th colspan=\"6\" class=\"grp\">").append(systemLabel(systems.get(i), i))
          .append("</th>");
    }
    h.append("</tr>\n<tr>");
    for (int i = 0; i < systems.size(); i++) {
      h.append("<th class=\"grp\">AUC-S</th><th>AUC-T</th><th>pAUC</th><th>AUC all</th>"
          + "<th>S only</th><th>T only</th>");
    }
    h.append("</tr>\n");
    String[] metrics = {PublishedBaselines.AUC_SOURCE, PublishedBaselines.AUC_TARGET,
        PublishedBaselines.PAUC, AUC_ALL, AUC_SOURCE_WITHIN, AUC_TARGET_WITHIN};
    for (String machine : machineUnion(systems)) {
      for (String id : sectionUnion(systems, machine)) {
        Optional<SectionEvaluation> first = systems.stream().map(s -> find(s, machine, id))
            .flatMap(Optional::stream).findFirst();
        SectionScores sc = first.orElseThrow().section().scores();
        int anomalies = 0;
        for (boolean a : sc.anomalous()) {
          anomalies += a ? 1 : 0;
        }
        h.append("<tr><td class=\"l\">").append(esc(machine)).append("</td><td>").append(id)
            .append("</td><td>").append(sc.size()).append(" (").append(anomalies)
            .append(")</td>");
        for (SystemEvaluation s : systems) {
          Optional<SectionEvaluation> e = find(s, machine, id);
          for (int k = 0; k < metrics.length; k++) {
            if (e.isEmpty()) {
              h.append(k == 0 ? "<td class=\"grp\">" : "<td>").append("&ndash;</td>");
            } else {
              cell(h, value(e.get().metrics(), metrics[k]), k == 0);
            }
          }
        }
        h.append("</tr>\n");
      }
      h.append("<tr class=\"mean\"><td class=\"l\">").append(esc(machine))
          .append("</td><td class=\"l\" colspan=\"2\">mean</td>");
      for (SystemEvaluation s : systems) {
        meanCells(h, s.sectionsOf(machine), metrics);
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    decisions(h, systems);
  }

  /**
   * One cell per metric: its arithmetic mean over {@code sections} (one machine type's), a dash
   * where there are none.
   */
  private static void meanCells(StringBuilder h, List<SectionEvaluation> sections,
      String[] metrics) {
    for (int k = 0; k < metrics.length; k++) {
      String metric = metrics[k];
      if (sections.isEmpty()) {
        h.append(k == 0 ? "<td class=\"grp\">" : "<td>").append("&ndash;</td>");
      } else {
        cell(h, sections.stream().mapToDouble(e -> value(e.metrics(), metric)).average()
            .orElseThrow(), k == 0);
      }
    }
  }

  /** Precision, recall and F1 per system, folded away: they judge the threshold, not the scores. */
  private static void decisions(StringBuilder h, List<SystemEvaluation> systems) {
    if (systems.stream().noneMatch(SystemEvaluation::hasDecisions)) {
      return;
    }
    h.append("<h3>Decisions</h3>\n<p class=\"explain\">Precision, recall and F1 of each"
        + " system's anomalous/normal decisions over one domain's clips (0 when undefined).</p>\n"
        + "<div class=\"tables\">\n");
    for (int i = 0; i < systems.size(); i++) {
      SystemEvaluation s = systems.get(i);
      if (!s.hasDecisions()) {
        continue;
      }
      h.append("<details><summary>").append(systemLabel(s, i)).append(": precision, recall, F1"
          + "</summary><table><tr><th class=\"l\">machine</th><th>section</th><th class=\"grp\">"
          + "P-S</th><th>R-S</th><th>F1-S</th><th class=\"grp\">P-T</th><th>R-T</th>"
          + "<th>F1-T</th></tr>\n");
      for (SectionEvaluation e : s.sections()) {
        DecisionCounts src = e.metrics().decisionsSource().orElseThrow();
        DecisionCounts tgt = e.metrics().decisionsTarget().orElseThrow();
        h.append("<tr><td class=\"l\">").append(esc(e.machine())).append("</td><td>")
            .append(e.sectionId()).append("</td>");
        double[] v = {src.precision(), src.recall(), src.f1(), tgt.precision(), tgt.recall(),
            tgt.f1()};
        for (int k = 0; k < v.length; k++) {
          h.append(k % 3 == 0 ? "<td class=\"grp\">" : "<td>").append(pct(v[k])).append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</table></details>\n");
    }
    h.append("</div>\n");
  }

  private static Set<String> machineUnion(List<SystemEvaluation> systems) {
    Set<String> machines = new java.util.TreeSet<>();
    systems.forEach(s -> machines.addAll(s.machinesPresent()));
    return machines;
  }

  private static Set<String> sectionUnion(List<SystemEvaluation> systems, String machine) {
    Set<String> ids = new java.util.TreeSet<>();
    systems.forEach(s -> s.sectionsOf(machine).forEach(e -> ids.add(e.sectionId())));
    return ids;
  }

  private static void plots(StringBuilder h, List<SystemEvaluation> systems) {
    h.append("<h2>ROC curves and score distributions</h2>\n<p class=\"explain\">Solid: source"
        + " domain (its normals against all anomalies); dashed: target domain. The dotted"
        + " vertical line is FPR 0.1, the end of the pAUC region. Histograms: each system's"
        + " scores of the section's normal and anomalous clips.</p>\n");
    for (String machine : machineUnion(systems)) {
      h.append("<h3>").append(esc(machine)).append("</h3>\n<div class=\"grid\">\n");
      for (String id : sectionUnion(systems, machine)) {
        h.append("<div class=\"fig\"><h4>").append(esc(machine)).append(" &middot; section ")
            .append(id).append("</h4>\n");
        List<ReportCharts.Curve> curves = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
          Optional<SectionEvaluation> e = find(systems.get(i), machine, id);
          if (e.isPresent()) {
            String prefix = systems.size() == 1 ? "" : systems.get(i).label() + " ";
            SectionScores sc = e.get().section().scores();
            SectionMetrics m = e.get().metrics();
            if (!sc.hasDomains()) {
              curves.add(new ReportCharts.Curve(prefix + "all " + pct(m.aucAll()),
                  org.auscult.evaluation.metrics.RocAuc.curve(sc.anomalous(), sc.scores()),
                  colour(i), false));
              continue;
            }
            if (!SectionMetrics.isAbsent(m.aucSource())) {
              curves.add(new ReportCharts.Curve(prefix + "source " + pct(m.aucSource()),
                  domainCurve(sc, false), colour(i), false));
            }
            if (!SectionMetrics.isAbsent(m.aucTarget())) {
              curves.add(new ReportCharts.Curve(prefix + "target " + pct(m.aucTarget()),
                  domainCurve(sc, true), colour(i), true));
            }
          }
        }
        image(h, ReportCharts.roc("ROC curves (AUC in %)", curves, ROC_SIZE, ROC_SIZE),
            "ROC curves of " + machine + " section " + id);
        for (int i = 0; i < systems.size(); i++) {
          SystemEvaluation s = systems.get(i);
          Optional<SectionEvaluation> e = find(s, machine, id);
          if (e.isEmpty()) {
            continue;
          }
          h.append("<div class=\"cap\">").append(systemLabel(s, i)).append(" scores</div>");
          SectionScores sc = e.get().section().scores();
          image(h, ReportCharts.histogram(select(sc, true), select(sc, false), HIST_WIDTH,
              HIST_HEIGHT), "score histogram of " + s.label() + ", " + machine + " section " + id);
        }
        h.append("</div>\n");
      }
      h.append("</div>\n");
    }
  }

  private static void explanation(StringBuilder h) {
    h.append("<h2>How these numbers are made</h2>\n<div class=\"explain\"><p>As the official"
        + " DCASE 2022 Task 2 evaluator: ROC AUC with tied scores counting half; pAUC is"
        + " scikit-learn's <code>roc_auc_score(max_fpr=0.1)</code>, the area up to FPR 0.1"
        + " McClish-standardised (0.5 = chance, 1 = perfect). &Omega; is the harmonic mean of every"
        + " section's AUC-S, AUC-T and pAUC, each floored at 2.2e-16. Precision, recall and F1"
        + " count the system's decisions over one domain's clips (0 when undefined).</p><p>The"
        + " confidence interval leaves one test clip out at a time, recomputes &Omega;, and takes"
        + " &Omega; &plusmn; t&middot;SE with the jackknife standard error; it is not the"
        + " evaluator's \"official score ci95\" number, which is a different quantity. In"
        + " <code>result.csv</code> the per-machine source and target harmonic means are the"
        + " correct ones; the evaluator's own file averages only part of the sections there.</p>"
        + "</div>\n");
  }

  private static Optional<SectionEvaluation> find(SystemEvaluation s, String machine, String id) {
    return s.sectionsOf(machine).stream().filter(e -> e.sectionId().equals(id)).findFirst();
  }

  private static org.auscult.evaluation.metrics.RocCurve domainCurve(SectionScores sc,
      boolean target) {
    boolean[] anomalous = sc.anomalous();
    boolean[] isTarget = sc.target();
    double[] scores = sc.scores();
    int n = 0;
    for (int i = 0; i < scores.length; i++) {
      if (anomalous[i] || isTarget[i] == target) {
        n++;
      }
    }
    boolean[] y = new boolean[n];
    double[] x = new double[n];
    for (int i = 0, k = 0; i < scores.length; i++) {
      if (anomalous[i] || isTarget[i] == target) {
        y[k] = anomalous[i];
        x[k++] = scores[i];
      }
    }
    return RocAuc.curve(y, x);
  }

  /** Scores of the normal ({@code normal} true) or anomalous clips. */
  private static double[] select(SectionScores sc, boolean normal) {
    boolean[] anomalous = sc.anomalous();
    double[] scores = sc.scores();
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      if (anomalous[i] != normal) {
        out.add(scores[i]);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double value(SectionMetrics m, String metric) {
    switch (metric) {
      case PublishedBaselines.AUC_SOURCE:
        return m.aucSource();
      case PublishedBaselines.AUC_TARGET:
        return m.aucTarget();
      case PublishedBaselines.PAUC:
        return m.pauc();
      case AUC_ALL:
        return m.aucAll();
      case AUC_SOURCE_WITHIN:
        return m.aucSourceWithin();
      case AUC_TARGET_WITHIN:
        return m.aucTargetWithin();
      default:
        throw new IllegalArgumentException(metric);
    }
  }

  /** A colour-scaled value cell; {@code groupStart} draws the rule that opens a column group. */
  private static void cell(StringBuilder h, double v, boolean groupStart) {
    if (Double.isNaN(v)) {
      h.append("<td ").append(groupStart ? "class=\"grp\" " : "")
          .append("title=\"absent: the domain has no normal (or, within a domain, no"
              + " anomalous) test clips, or the set has no domains\">")
          .append(pct(v)).append("</td>");
      return;
    }
    h.append("<td ").append(groupStart ? "class=\"grp\" " : "").append("style=\"background:")
        .append(ColourScale.background(v)).append("\">").append(pct(v)).append("</td>");
  }

  private static void image(StringBuilder h, byte[] png, String alt) {
    h.append("<img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
  }

  private static String systemLabel(SystemEvaluation s, int index) {
    return "<span class=\"sys\"><i style=\"background:" + css(colour(index)) + "\"></i>"
        + esc(s.label()) + "</span>"
        + s.note().map(n -> "<span class=\"note\">" + esc(n) + "</span>").orElse("");
  }

  private static Color colour(int index) {
    return PALETTE[index % PALETTE.length];
  }

  private static String css(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  /** A fraction as a percentage with two decimals; an absent metric (NaN) as a dash. */
  private static String pct(double v) {
    return Double.isNaN(v) ? "&ndash;" : String.format(Locale.ROOT, "%.2f", 100 * v);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
