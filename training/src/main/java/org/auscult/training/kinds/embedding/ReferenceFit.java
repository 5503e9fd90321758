package org.auscult.training.kinds.embedding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.auscult.training.kind.Keyed;

/**
 * Every section's {@link SectionReferences} from the vectors of the normal training clips, and
 * those clips' own scores (for the decision threshold). A source clip is scored against references
 * it helped to fit; a target clip against the other target clips (leave one out), as a test clip
 * of the same section would be.
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
  /**
   * Source clips a section needs for a covariance of its own: with two, Ledoit–Wolf does not
   * shrink and leaves a covariance of rank one, off whose line every clip would score a million.
   */
  static final int MIN_SOURCE_CLIPS = 10;

  /** A section's key: machine type and section. */
  static String sectionKey(String machine, String section) {
    return machine + "_" + section;
  }

  /**
   * Fits on {@code embedded} (normal training clips): cosine references with {@code k} source
   * centres per section, or with {@code mahalanobis} whitened references (the source mean and the
   * target clips). A section whitens by its own source clips' covariance; with fewer than
   * {@value #MIN_SOURCE_CLIPS}, by the spread of every section's clips round their section's mean.
   */
  static ReferenceFit of(List<Keyed<float[]>> embedded, int k, long seed, boolean mahalanobis) {
    Map<String, List<Integer>> bySection = new TreeMap<>();
    for (int i = 0; i < embedded.size(); i++) {
      Keyed<float[]> e = embedded.get(i);
      bySection.computeIfAbsent(sectionKey(e.machine(), e.section()), s -> new ArrayList<>())
          .add(i);
    }
    Map<String, Whitening> whitenings = mahalanobis ? whitenings(embedded, bySection) : Map.of();
    Map<String, float[][]> centres = new LinkedHashMap<>();
    Map<String, float[][]> targets = new LinkedHashMap<>();
    Map<String, List<Double>> sourceDistances = new LinkedHashMap<>();
    Map<String, List<Double>> targetDistances = new LinkedHashMap<>();
    // each clip's vector in its section's space, whitened once for the fit and its own score
    float[][] placed = new float[embedded.size()][];
    bySection.forEach((section, members) -> {
      Whitening w = whitenings.get(section);
      List<float[]> source = new ArrayList<>();
      List<float[]> target = new ArrayList<>();
      for (int i : members) {
        float[] v = embedded.get(i).value();
        placed[i] = w == null ? v : w.apply(v);
        (embedded.get(i).isTarget() ? target : source).add(placed[i]);
      }
      float[][] c = w == null ? SourceCentres.fit(source, k, seed)
          : source.isEmpty() ? new float[0][] : new float[][] {centroid(source)};
      float[][] t = target.toArray(float[][]::new);
      centres.put(section, c);
      targets.put(section, t);
      List<Double> ds = new ArrayList<>();
      for (float[] s : source) {
        ds.add(SectionReferences.nearest(s, c, -1, w != null));
      }
      List<Double> dt = new ArrayList<>();
      for (int i = 0; t.length >= 2 && i < t.length; i++) {
        dt.add(SectionReferences.nearest(t[i], t, i, w != null));
      }
      sourceDistances.put(section, ds);
      targetDistances.put(section, dt);
    });
    Map<String, SectionReferences> sections = new LinkedHashMap<>();
    for (String section : bySection.keySet()) {
      double ss = scale(section, sourceDistances, targetDistances);
      double ts = scale(section, targetDistances, sourceDistances);
      sections.put(section, new SectionReferences(centres.get(section), targets.get(section), ss,
          ts, whitenings.get(section)));
    }
    double[] scores = new double[embedded.size()];
    Map<String, Integer> targetIndex = new TreeMap<>();
    for (int i = 0; i < embedded.size(); i++) {
      Keyed<float[]> e = embedded.get(i);
      String section = sectionKey(e.machine(), e.section());
      // a target clip's index among its section's targets: they were added in this order
      int own = e.isTarget() ? targetIndex.merge(section, 1, Integer::sum) - 1 : -1;
      double score = sections.get(section).scorePlaced(placed[i], own);
      scores[i] = Double.isFinite(score) ? score : 0;
    }
    return new ReferenceFit(sections, scores);
  }

  /** Each section's whitening: its source clips', else the pooled within-section spread's. */
  private static Map<String, Whitening> whitenings(List<Keyed<float[]>> embedded,
      Map<String, List<Integer>> bySection) {
    Map<String, Whitening> out = new LinkedHashMap<>();
    List<float[]> deviations = new ArrayList<>();
    Map<String, float[]> means = new LinkedHashMap<>();
    bySection.forEach((section, members) -> {
      List<float[]> all = new ArrayList<>();
      List<float[]> source = new ArrayList<>();
      for (int i : members) {
        all.add(embedded.get(i).value());
        if (!embedded.get(i).isTarget()) {
          source.add(embedded.get(i).value());
        }
      }
      float[] m = centroid(all);
      means.put(section, m);
      for (float[] v : all) {
        float[] d = new float[v.length];
        for (int j = 0; j < v.length; j++) {
          d[j] = v[j] - m[j];
        }
        deviations.add(d);
      }
      if (source.size() >= MIN_SOURCE_CLIPS) {
        out.put(section, Whitening.fit(source));
      }
    });
    Whitening pooled = null;
    for (String section : bySection.keySet()) {
      if (!out.containsKey(section)) {
        if (pooled == null) {
          pooled = Whitening.fit(deviations.size() >= 2 ? deviations
              : List.of(deviations.get(0), deviations.get(0)));
        }
        double[] m = new double[pooled.mean().length];
        float[] sm = means.get(section);
        for (int j = 0; j < m.length; j++) {
          m[j] = sm[j];
        }
        out.put(section, new Whitening(m, pooled.lower()));
      }
    }
    return out;
  }

  private static float[] centroid(List<float[]> vectors) {
    float[] m = new float[vectors.get(0).length];
    for (float[] v : vectors) {
      for (int j = 0; j < m.length; j++) {
        m[j] += v[j] / vectors.size();
      }
    }
    return m;
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
