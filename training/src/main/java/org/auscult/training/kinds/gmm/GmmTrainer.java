package org.auscult.training.kinds.gmm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.auscult.training.fit.Gaussian;
import org.auscult.training.fit.Thresholds;
import org.auscult.training.kind.ClipQuery;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.Trainer;

/**
 * Fits each section's mixture of a machine type. Mixtures of two or more components come from the
 * context's EM (Spark MLlib, on the section's vectors in clip order, one partition, so reruns give
 * the same bits); a one-component section is the training vectors' mean and maximum-likelihood
 * covariance.
 *
 * @param components components per machine type, by name
 * @param defaultComponents components of a machine type {@code components} does not name
 * @param regularization added to each component's covariance diagonal, relative to its mean
 *     variance, so a section with fewer clips than dimensions still has a proper density
 */
record GmmTrainer(CommonSettings common, Map<String, Integer> components, int defaultComponents,
    int maxIterations, double tolerance, double regularization) implements Trainer {

  @Override
  public ClipQuery query() {
    return ClipQuery.normalTraining(ClipQuery.Column.GWRP);
  }

  @Override
  public Fitted fit(FitContext context) throws IOException {
    String machine = context.machines().get(0);
    int k = components.getOrDefault(machine, defaultComponents);
    List<Keyed<float[]>> vectors = context.clips().map(c -> c.gwrp());
    Map<String, List<double[]>> bySection = new TreeMap<>();
    for (Keyed<float[]> v : vectors) {
      bySection.computeIfAbsent(v.section(), s -> new ArrayList<>()).add(toDoubles(v.value()));
    }
    Map<String, List<Gaussian>> fitted = new LinkedHashMap<>();
    for (var e : bySection.entrySet()) {
      double[][] rows = e.getValue().toArray(double[][]::new);
      fitted.put(e.getKey(), k >= 2 && rows.length >= k
          ? context.mixtures().fit(rows, k, common.seed(), maxIterations, tolerance)
          : List.of(singleGaussian(rows)));
    }
    GmmModel model = new GmmModel(fitted, regularization);
    double[] scores = new double[vectors.size()];
    for (int i = 0; i < scores.length; i++) {
      Keyed<float[]> v = vectors.get(i);
      scores[i] = model.score(v.section(), v.value());
    }
    return Fitted.of(model, Thresholds.gamma(scores, common.thresholdQuantile()));
  }

  private static double[] toDoubles(float[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = x[i];
    }
    return d;
  }

  /** Maximum-likelihood mean and covariance (divided by n, as EM's M-step does). */
  static Gaussian singleGaussian(double[][] rows) {
    int n = rows.length;
    int d = rows[0].length;
    double[] mean = new double[d];
    for (double[] x : rows) {
      for (int i = 0; i < d; i++) {
        mean[i] += x[i] / n;
      }
    }
    double[] cov = new double[d * d];
    for (double[] x : rows) {
      for (int i = 0; i < d; i++) {
        double di = x[i] - mean[i];
        for (int j = 0; j < d; j++) {
          cov[i * d + j] += di * (x[j] - mean[j]) / n;
        }
      }
    }
    return new Gaussian(1.0, mean, cov);
  }
}
