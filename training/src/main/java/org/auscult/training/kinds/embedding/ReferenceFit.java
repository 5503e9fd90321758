package org.auscult.training.kinds.embedding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.auscult.training.kind.Keyed;

/**
 * Every section's {@link SectionReferences} from the embeddings of the normal training clips, and
 * those clips' own scores (for the decision threshold). A source clip is scored against centres it
 * helped to fit; a target clip against the other target clips (leave one out), as a test clip of the
 * same section would be.
 *
 * <p>A domain's scale needs distances: a section without source clips, or with fewer than two
 * target clips, takes the mean of that domain's distances over the model's other sections of the
 * same machine type, then over all sections, then the other domain's scale.
 *
 * @param sections references by section key ({@code <machine>_<section>})
 * @param trainingScores the training clips' scores, in the order given
 */
record ReferenceFit(Map<String, SectionReferences> sections, double[] trainingScores) {
  /** The smallest scale: a section whose clips all coincide must not divide by zero. */
  private static final double MIN_SCALE = 1e-6;

  /** A section's key: machine type and section. */
  static String sectionKey(String machine, String section) {
    return machine + "_" + section;
  }

  /** Fits on {@code embedded} (normal training clips), {@code k} source centres per section. */
  static ReferenceFit of(List<Keyed<float[]>> embedded, int k, long seed) {
    Map<String, List<Integer>> bySection = new TreeMap<>();
    for (int i = 0; i < embedded.size(); i++) {
      Keyed<float[]> e = embedded.get(i);
      bySection.computeIfAbsent(sectionKey(e.machine(), e.section()), s -> new ArrayList<>())
          .add(i);
    }
    Map<String, float[][]> centres = new LinkedHashMap<>();
    Map<String, float[][]> targets = new LinkedHashMap<>();
    Map<String, List<Double>> sourceDistances = new LinkedHashMap<>();
    Map<String, List<Double>> targetDistances = new LinkedHashMap<>();
    bySection.forEach((section, members) -> {
      List<float[]> source = new ArrayList<>();
      List<float[]> target = new ArrayList<>();
      for (int i : members) {
        (embedded.get(i).isTarget() ? target : source).add(embedded.get(i).value());
      }
      float[][] c = SourceCentres.fit(source, k, seed);
      float[][] t = target.toArray(float[][]::new);
      centres.put(section, c);
      targets.put(section, t);
      List<Double> ds = new ArrayList<>();
      for (float[] s : source) {
        ds.add(SectionReferences.nearest(s, c, -1));
      }
      List<Double> dt = new ArrayList<>();
      for (int i = 0; t.length >= 2 && i < t.length; i++) {
        dt.add(SectionReferences.nearest(t[i], t, i));
      }
      sourceDistances.put(section, ds);
      targetDistances.put(section, dt);
    });
    Map<String, SectionReferences> sections = new LinkedHashMap<>();
    for (String section : bySection.keySet()) {
      double ss = scale(section, sourceDistances, targetDistances);
      double ts = scale(section, targetDistances, sourceDistances);
      sections.put(section, new SectionReferences(centres.get(section), targets.get(section), ss,
          ts));
    }
    double[] scores = new double[embedded.size()];
    Map<String, Integer> targetIndex = new TreeMap<>();
    for (int i = 0; i < embedded.size(); i++) {
      Keyed<float[]> e = embedded.get(i);
      String section = sectionKey(e.machine(), e.section());
      SectionReferences r = sections.get(section);
      if (!e.isTarget()) {
        scores[i] = r.score(e.value());
        continue;
      }
      int own = targetIndex.merge(section, 1, Integer::sum) - 1;
      double best = r.sourceCentres().length == 0 ? Double.POSITIVE_INFINITY
          : SectionReferences.nearest(e.value(), r.sourceCentres(), -1) / r.sourceScale();
      if (r.targets().length >= 2) {
        best = Math.min(best, SectionReferences.nearest(e.value(), r.targets(), own)
            / r.targetScale());
      }
      scores[i] = Double.isFinite(best) ? best : 0;
    }
    return new ReferenceFit(sections, scores);
  }

  /**
   * The section's mean of {@code own}'s distances, else the machine type's, else the model's, else
   * the scale of the other domain.
   */
  private static double scale(String section, Map<String, List<Double>> own,
      Map<String, List<Double>> other) {
    String machine = section.substring(0, section.lastIndexOf('_'));
    double m = mean(own.get(section));
    if (Double.isNaN(m)) {
      m = mean(pooled(own, machine));
    }
    if (Double.isNaN(m)) {
      m = mean(pooled(own, null));
    }
    if (Double.isNaN(m)) {
      m = mean(other.get(section));
    }
    if (Double.isNaN(m)) {
      m = mean(pooled(other, null));
    }
    return Double.isNaN(m) ? 1 : Math.max(m, MIN_SCALE);
  }

  private static List<Double> pooled(Map<String, List<Double>> distances, String machine) {
    List<Double> all = new ArrayList<>();
    distances.forEach((section, d) -> {
      if (machine == null || section.substring(0, section.lastIndexOf('_')).equals(machine)) {
        all.addAll(d);
      }
    });
    return all;
  }

  private static double mean(List<Double> xs) {
    if (xs == null || xs.isEmpty()) {
      return Double.NaN;
    }
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s / xs.size();
  }
}
