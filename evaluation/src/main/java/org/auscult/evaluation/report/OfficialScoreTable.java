package org.auscult.evaluation.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.auscult.evaluation.metrics.SectionMetrics;

/**
 * The official scores as a plain-text table for the console: one row per system (Ω, its interval,
 * how many values it averages, the note), then per machine type the arithmetic means of AUC-S,
 * AUC-T and pAUC of each system. Values in %.
 */
public final class OfficialScoreTable {
  private OfficialScoreTable() {
  }

  /** The table, lines ending in '\n'. */
  public static String format(List<SystemEvaluation> systems) {
    int labelWidth = Math.max(6, systems.stream().mapToInt(s -> s.label().length()).max()
        .orElse(0));
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-" + labelWidth + "s  %7s  %-17s  %6s  %s%n", "system",
        "Ω (%)", "95% CI (jackknife)", "values", "note"));
    for (SystemEvaluation s : systems) {
      String ci = s.interval().map(i -> String.format(Locale.ROOT, "[%.2f, %.2f]",
          100 * i.lower(), 100 * i.upper())).orElse("-");
      b.append(String.format(Locale.ROOT, "%-" + labelWidth + "s  %7.2f  %-17s  %6d  %s%n",
          s.label(), 100 * s.officialScore(), ci, s.officialScoreValues(), s.note().orElse("")));
    }
    Set<String> machines = new LinkedHashSet<>();
    systems.forEach(s -> machines.addAll(s.machinesPresent()));
    b.append(String.format(Locale.ROOT, "%n%-" + labelWidth + "s  %-9s  %20s%n", "system",
        "machine", "AUC-S / AUC-T / pAUC"));
    for (String machine : machines) {
      for (SystemEvaluation s : systems) {
        List<SectionEvaluation> sections = s.sectionsOf(machine);
        if (sections.isEmpty()) {
          continue;
        }
        boolean domains = sections.stream().anyMatch(e -> e.metrics().domains());
        b.append(String.format(Locale.ROOT, "%-" + labelWidth + "s  %-9s  %6s / %5s / %5s%n",
            s.label(), machine,
            pct(mean(sections, domains ? SectionMetrics::aucSource : SectionMetrics::aucAll)),
            pct(domains ? mean(sections, SectionMetrics::aucTarget) : Double.NaN),
            pct(mean(sections, SectionMetrics::pauc))));
      }
    }
    return b.toString();
  }

  /** The mean over the sections that have the metric; NaN when none has (absent). */
  private static double mean(List<SectionEvaluation> sections,
      ToDoubleFunction<SectionMetrics> metric) {
    return sections.stream().mapToDouble(e -> metric.applyAsDouble(e.metrics()))
        .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
  }

  /** A percentage with two decimals, "-" for an absent value. */
  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", 100 * v);
  }
}
