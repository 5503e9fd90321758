package org.auscult.training.kinds.gmm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.auscult.training.fit.Gaussian;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.model.ModelFiles;

/**
 * A machine type's fitted mixtures, by section, as EM left them; scoring uses each component with
 * {@code regularization} × its mean variance added to the covariance diagonal. Immutable and
 * thread-safe.
 */
final class GmmModel implements AnomalyModel {
  /** The mixtures' file in a model. */
  static final String FILE = "mixtures.json";

  private final Map<String, List<Gaussian>> sections;
  private final double regularization;
  private final Map<String, List<GaussianDensity>> densities = new LinkedHashMap<>();

  GmmModel(Map<String, List<Gaussian>> sections, double regularization) {
    this.sections = Map.copyOf(sections);
    this.regularization = regularization;
    sections.forEach((section, components) -> {
      List<GaussianDensity> d = new ArrayList<>();
      for (Gaussian g : components) {
        d.add(new GaussianDensity(g.mean(), regularized(g.covariance(), g.dimension())));
      }
      densities.put(section, d);
    });
  }

  /** Minus the largest component log density of {@code gwrp} under its section's mixture. */
  double score(String section, float[] gwrp) {
    List<GaussianDensity> mixture = densities.get(section);
    if (mixture == null) {
      return Double.NaN;
    }
    double best = Double.NEGATIVE_INFINITY;
    for (GaussianDensity g : mixture) {
      best = Math.max(best, g.logDensity(gwrp));
    }
    return -best;
  }

  @Override
  public ClipScorer scorer() {
    return clip -> score(clip.section(), clip.gwrp());
  }

  @Override
  public void write(ModelFiles.Builder files) throws IOException {
    files.putJson(FILE, new Mixtures(sections, regularization));
  }

  static GmmModel read(ModelFiles files) throws IOException {
    Mixtures m = files.json(FILE, Mixtures.class);
    return new GmmModel(m.sections(), m.regularization());
  }

  private double[] regularized(double[] covariance, int d) {
    double[] a = covariance.clone();
    double trace = 0;
    for (int i = 0; i < d; i++) {
      trace += a[i * d + i];
    }
    double add = regularization * Math.max(trace / d, 1e-12);
    for (int i = 0; i < d; i++) {
      a[i * d + i] += add;
    }
    return a;
  }

  /** What {@value #FILE} holds. */
  record Mixtures(Map<String, List<Gaussian>> sections, double regularization) {}
}
