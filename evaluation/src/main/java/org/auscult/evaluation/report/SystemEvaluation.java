package org.auscult.evaluation.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.auscult.evaluation.metrics.JackknifeInterval;
import org.auscult.evaluation.metrics.OfficialScore;
import org.auscult.evaluation.metrics.OfficialScoreJackknife;
import org.auscult.evaluation.metrics.SectionAverages;
import org.auscult.evaluation.metrics.SectionMetrics;
import org.auscult.evaluation.scores.ScoredSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything computed for one system's score folder: per-section metrics, per-machine and overall
 * means, the official score over the sections present, and optionally its jackknife interval.
 *
 * @param label short name of the system, e.g. {@code ae}; letters, digits, '.', '_', '-'
 * @param note shown wherever the system appears, e.g. "uses anomaly labels"
 * @param sections in the evaluator's order (machine name, then section)
 * @param machines per machine name, in the same order
 * @param overall over all sections
 * @param officialScore Ω over the sections present
 * @param officialScoreValues how many values Ω averages (3 per section; 63 when complete)
 * @param interval the 95 % jackknife interval of Ω, when asked for and defined
 */
public record SystemEvaluation(String label, Optional<String> note,
    List<SectionEvaluation> sections, Map<String, SectionAverages> machines,
    SectionAverages overall, double officialScore, int officialScoreValues,
    Optional<JackknifeInterval> interval) {

  /** Confidence of the jackknife interval. */
  public static final double CONFIDENCE = 0.95;

  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Logger LOG = LoggerFactory.getLogger(SystemEvaluation.class);

  public SystemEvaluation {
    requireValidLabel(label);
    sections = List.copyOf(sections);
    machines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(machines));
  }

  /**
   * Evaluates {@code sections} (as {@link org.auscult.evaluation.scores.ScoreFolder} returns them).
   *
   * @param jackknife also compute the 95 % jackknife interval of Ω (skipped, with a warning, when
   *     some section has fewer than two anomalies or two normals in a domain)
   */
  public static SystemEvaluation of(String label, Optional<String> note,
      List<ScoredSection> sections, boolean jackknife) {
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("system " + label + " has no sections");
    }
    List<SectionEvaluation> evaluated = new ArrayList<>();
    Map<String, List<SectionMetrics>> byMachine = new LinkedHashMap<>();
    for (ScoredSection s : sections) {
      SectionMetrics m = SectionMetrics.of(s.scores());
      evaluated.add(new SectionEvaluation(s, m));
      byMachine.computeIfAbsent(s.machine().dirName(), k -> new ArrayList<>()).add(m);
    }
    Map<String, SectionAverages> machines = new LinkedHashMap<>();
    byMachine.forEach((machine, metrics) -> machines.put(machine, SectionAverages.of(metrics)));
    List<SectionMetrics> all = evaluated.stream().map(SectionEvaluation::metrics).toList();
    Optional<JackknifeInterval> interval = Optional.empty();
    if (jackknife) {
      interval = OfficialScoreJackknife.interval(
          sections.stream().map(ScoredSection::scores).toList(), CONFIDENCE);
      if (interval.isEmpty()) {
        LOG.warn("system {}: no jackknife interval of the official score, some section has fewer"
            + " than two anomalies or two normal clips in a domain", label);
      }
    }
    return new SystemEvaluation(label, note, evaluated, machines, SectionAverages.of(all),
        OfficialScore.of(all), OfficialScore.values(all).length, interval);
  }

  /**
   * Checks a system label: letters, digits, '.', '_' or '-', starting with a letter or digit.
   *
   * @return the label
   */
  public static String requireValidLabel(String label) {
    Objects.requireNonNull(label, "label");
    if (!LABEL.matcher(label).matches()) {
      throw new IllegalArgumentException("system label '" + label + "' must be letters, digits,"
          + " '.', '_' or '-' (it names a folder)");
    }
    return label;
  }

  /** Machine names present, in the evaluator's order. */
  public List<String> machinesPresent() {
    return List.copyOf(machines.keySet());
  }

  /** The sections of one machine. */
  public List<SectionEvaluation> sectionsOf(String machine) {
    return sections.stream().filter(s -> s.machine().equals(machine)).toList();
  }

  /** True when every section has decisions. */
  public boolean hasDecisions() {
    return sections.stream().allMatch(s -> s.metrics().hasDecisions());
  }
}
