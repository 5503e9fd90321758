package org.auscult.evaluation.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.auscult.evaluation.metrics.DecisionCounts;
import org.auscult.evaluation.metrics.DecisionMeans;
import org.auscult.evaluation.metrics.JackknifeInterval;
import org.auscult.evaluation.metrics.MetricMeans;
import org.auscult.evaluation.metrics.SectionAverages;
import org.auscult.evaluation.metrics.SectionMetrics;

/**
 * {@code metrics.json} of one system:
 * <pre>{@code
 * {"system": "ae", "note": "…" (if any),
 *  "official_score": 0.61, "official_score_values": 63,
 *  "official_score_ci95": [0.59, 0.63], "official_score_jackknife": {…} (when computed),
 *  "machines_present": ["ToyCar", …],
 *  "sections": [{"machine": "fan", "section": "00", "auc_source": …, "auc_target": …, "pauc": …,
 *                "auc_all": …, "auc_source_within_domain", "auc_target_within_domain" (sets
 *                with domains; each domain's normals against its own anomalies, DCASE 2021's
 *                AUC), "precision_source", "recall_source", "f1_source", and _target (when
 *                decisions exist)}, …],
 *  "machines": {"fan": {"arithmetic_mean": {"auc", "pauc", "precision", "recall", "f1"},
 *                       "harmonic_mean": {…}, "source_harmonic_mean": {…},
 *                       "target_harmonic_mean": {…}}, …},
 *  "overall": {the same four means over all sections}}
 * }</pre>
 * Means follow {@link SectionAverages}; the harmonic ones are correct where the official result
 * file's per-machine source/target rows are not. Numbers are written so that they read back as the
 * same doubles.
 */
public final class MetricsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private MetricsJson() {
  }

  /** The JSON text. */
  public static String format(SystemEvaluation system) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("system", system.label());
    system.note().ifPresent(n -> root.put("note", n));
    root.put("official_score", system.officialScore());
    root.put("official_score_values", system.officialScoreValues());
    if (system.interval().isPresent()) {
      JackknifeInterval ci = system.interval().get();
      root.putArray("official_score_ci95").add(ci.lower()).add(ci.upper());
      ObjectNode j = root.putObject("official_score_jackknife");
      j.put("confidence", ci.confidence());
      j.put("standard_error", ci.standardError());
      j.put("leave_outs", ci.leaveOuts());
    }
    ArrayNode present = root.putArray("machines_present");
    system.machinesPresent().forEach(present::add);
    ArrayNode sections = root.putArray("sections");
    for (SectionEvaluation s : system.sections()) {
      ObjectNode o = sections.addObject();
      o.put("machine", s.machine());
      o.put("section", s.sectionId());
      SectionMetrics m = s.metrics();
      // an absent AUC (no normal test clips of the domain, or a set without domains) is null
      putNumber(o, "auc_source", m.aucSource());
      putNumber(o, "auc_target", m.aucTarget());
      o.put("pauc", m.pauc());
      o.put("auc_all", m.aucAll());
      if (m.domains()) {
        putNumber(o, "auc_source_within_domain", m.aucSourceWithin());
        putNumber(o, "auc_target_within_domain", m.aucTargetWithin());
      }
      o.put("domains", m.domains());
      m.decisionsSource().ifPresent(c -> putDecisions(o, c, "source"));
      m.decisionsTarget().ifPresent(c -> putDecisions(o, c, "target"));
    }
    ObjectNode machines = root.putObject("machines");
    for (Map.Entry<String, SectionAverages> e : system.machines().entrySet()) {
      putAverages(machines.putObject(e.getKey()), e.getValue());
    }
    putAverages(root.putObject("overall"), system.overall());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a tree of numbers and strings", e);
    }
  }

  private static void putDecisions(ObjectNode o, DecisionCounts c, String domain) {
    o.put("precision_" + domain, c.precision());
    o.put("recall_" + domain, c.recall());
    o.put("f1_" + domain, c.f1());
  }

  private static void putAverages(ObjectNode o, SectionAverages a) {
    putMeans(o.putObject("arithmetic_mean"), a.arithmetic());
    putMeans(o.putObject("harmonic_mean"), a.harmonic());
    putMeans(o.putObject("source_harmonic_mean"), a.sourceHarmonic());
    putMeans(o.putObject("target_harmonic_mean"), a.targetHarmonic());
  }

  private static void putNumber(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  private static void putMeans(ObjectNode o, MetricMeans m) {
    putNumber(o, "auc", m.auc());
    o.put("pauc", m.pauc());
    if (m.decisions().isPresent()) {
      DecisionMeans d = m.decisions().get();
      o.put("precision", d.precision());
      o.put("recall", d.recall());
      o.put("f1", d.f1());
    }
  }
}
