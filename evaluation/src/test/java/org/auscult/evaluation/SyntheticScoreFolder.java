package org.auscult.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.evaluation.scores.ScoreFileWriter;
import org.auscult.evaluation.threshold.DecisionThreshold;
import org.auscult.evaluation.threshold.GammaThreshold;
import org.auscult.features.dataset.MachineType;

/**
 * Writes a score folder in the official format with development names, from seeded random
 * scores shaped like a real system's: per section 50 normal and 50 anomalous clips in each domain,
 * normal scores log-normal, anomalies shifted up by {@code separation}, the target domain's normals
 * shifted up by {@code domainShift} (so AUC (target) comes out lower, as on the real data), and
 * decisions from a gamma threshold fitted to simulated training scores.
 */
final class SyntheticScoreFolder {
  static final int PER_CELL = 50;

  private SyntheticScoreFolder() {
  }

  static void write(FileSystem fs, Path dir, List<MachineType> machines, int[] sections,
      long seed, double separation, double domainShift) throws IOException {
    Random rng = new Random(seed);
    for (MachineType machine : machines) {
      double[] training = new double[300];
      for (int i = 0; i < training.length; i++) {
        training[i] = Math.exp(0.4 * rng.nextGaussian());
      }
      DecisionThreshold threshold = new GammaThreshold().fit(training);
      for (int section : sections) {
        List<String> names = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (String domain : new String[] {"source", "target"}) {
          for (String label : new String[] {"normal", "anomaly"}) {
            for (int i = 0; i < PER_CELL; i++) {
              names.add(String.format(Locale.ROOT, "section_%02d_%s_test_%s_%04d_noise_%d.wav",
                  section, domain, label, i, i % 3));
              double shift = (label.equals("anomaly") ? separation : 0)
                  + (domain.equals("target") ? domainShift : 0);
              scores.add(Math.exp(0.4 * rng.nextGaussian() + shift));
            }
          }
        }
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        ScoreFileWriter.writeAnomalyScores(fs, dir, machine, section, names, s);
        ScoreFileWriter.writeDecisions(fs, dir, machine, section, names, threshold.decide(s));
      }
    }
  }
}
