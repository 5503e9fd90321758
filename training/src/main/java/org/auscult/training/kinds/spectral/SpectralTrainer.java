package org.auscult.training.kinds.spectral;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.auscult.training.fit.Thresholds;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.Trainer;

/**
 * Per section of a machine type, the mean and spread of its training clips' mean spectra (source
 * and target together); the threshold comes from the training clips' own scores.
 *
 * @param stdFloorDb the smallest spread a band may have, dB (a band that never moved in training
 *     must not make every small change infinitely anomalous)
 */
record SpectralTrainer(CommonSettings common, double stdFloorDb) implements Trainer {

  @Override
  public Fitted fit(FitContext context) throws IOException {
    List<Keyed<double[]>> spectra = context.clips()
        .map(c -> MeanSpectrum.of(c.trainingLogMel(), c.nMels()));
    Map<String, List<double[]>> bySection = new TreeMap<>();
    for (Keyed<double[]> s : spectra) {
      bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s.value());
    }
    Map<String, SpectralModel.Section> sections = new LinkedHashMap<>();
    bySection.forEach((section, rows) -> sections.put(section, section(rows)));
    SpectralModel model = new SpectralModel(sections);
    double[] scores = new double[spectra.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = model.score(spectra.get(i).section(), spectra.get(i).value());
    }
    return Fitted.of(model, Thresholds.gamma(scores, common.thresholdQuantile()));
  }

  /** The mean and the (n − 1) standard deviation of each band, the deviation floored. */
  private SpectralModel.Section section(List<double[]> rows) {
    int d = rows.get(0).length;
    double[] mean = new double[d];
    for (double[] r : rows) {
      for (int m = 0; m < d; m++) {
        mean[m] += r[m] / rows.size();
      }
    }
    double[] std = new double[d];
    for (int m = 0; m < d; m++) {
      double ss = 0;
      for (double[] r : rows) {
        ss += (r[m] - mean[m]) * (r[m] - mean[m]);
      }
      double sd = rows.size() > 1 ? Math.sqrt(ss / (rows.size() - 1)) : 0;
      std[m] = Math.max(sd, stdFloorDb);
    }
    return new SpectralModel.Section(mean, std);
  }
}
