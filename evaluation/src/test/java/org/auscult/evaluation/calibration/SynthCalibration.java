package org.auscult.evaluation.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.auscult.evaluation.metrics.RocAuc;
import org.auscult.features.dataset.CellCounts;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.SynthMachine;
import org.auscult.features.dataset.Split;
import org.auscult.features.synth.ClipSynthesizer;
import org.auscult.features.synth.SectionAttributes;
import org.auscult.features.synth.SynthPlan;

/**
 * The calibration baseline: per section, the diagonal-Mahalanobis distance of each test clip's
 * {@link MeanBandSpectrum} from the mean of the section's training clips, and its AUC for the
 * source domain (source normals vs all anomalies) and the target domain (target normals vs all
 * anomalies), as the official metric defines them.
 */
final class SynthCalibration {
  /** Floor of a band's training standard deviation, log10 units (0.1 dB). */
  private static final double SIGMA_FLOOR = 0.01;

  record SectionResult(MachineType machine, int section, double aucSource, double aucTarget) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-9s %02d  %.3f  %.3f", machine.dirName(), section,
          aucSource, aucTarget);
    }
  }

  private SynthCalibration() {
  }

  static List<SectionResult> run(long seed, CellCounts counts, List<MachineType> machines,
      int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<SectionResult> out = new ArrayList<>();
      for (MachineType m : machines) {
        for (int s = 0; s < SectionAttributes.SECTIONS; s++) {
          out.add(section(seed, counts, m, s, pool, threads));
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  static SectionResult section(long seed, CellCounts counts, MachineType machine, int section,
      ExecutorService pool, int threads) throws Exception {
    List<ClipName> names = SynthPlan.section(counts, machine, section);
    double[][] features = new double[names.size()][];
    List<Future<?>> jobs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      jobs.add(pool.submit(() -> {
        ClipSynthesizer synth = new ClipSynthesizer();
        MeanBandSpectrum spectrum = new MeanBandSpectrum();
        float[] clip = new float[ClipSynthesizer.SAMPLES];
        for (int i = first; i < names.size(); i += threads) {
          synth.render(seed, machine, names.get(i), clip);
          features[i] = spectrum.of(clip);
        }
        return null;
      }));
    }
    for (Future<?> f : jobs) {
      f.get();
    }
    int dims = MeanBandSpectrum.BANDS;
    double[] mean = new double[dims];
    double[] var = new double[dims];
    int train = 0;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).split() == Split.TRAIN) {
        train++;
        for (int d = 0; d < dims; d++) {
          mean[d] += features[i][d];
        }
      }
    }
    for (int d = 0; d < dims; d++) {
      mean[d] /= train;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).split() == Split.TRAIN) {
        for (int d = 0; d < dims; d++) {
          double e = features[i][d] - mean[d];
          var[d] += e * e;
        }
      }
    }
    for (int d = 0; d < dims; d++) {
      double sd = Math.max(Math.sqrt(var[d] / (train - 1)), SIGMA_FLOOR);
      var[d] = sd * sd;
    }
    List<Double> anomalies = new ArrayList<>();
    List<Double> sourceNormals = new ArrayList<>();
    List<Double> targetNormals = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ClipName n = names.get(i);
      if (n.split() != Split.TEST) {
        continue;
      }
      double score = 0.0;
      for (int d = 0; d < dims; d++) {
        double e = features[i][d] - mean[d];
        score += e * e / var[d];
      }
      if (n.label() == Label.ANOMALY) {
        anomalies.add(score);
      } else if (n.domain() == Domain.SOURCE) {
        sourceNormals.add(score);
      } else {
        targetNormals.add(score);
      }
    }
    return new SectionResult(machine, section, auc(anomalies, sourceNormals),
        auc(anomalies, targetNormals));
  }

  /** The official AUC of one domain: its normals against all anomalies. */
  private static double auc(List<Double> anomalies, List<Double> normals) {
    boolean[] anomalous = new boolean[anomalies.size() + normals.size()];
    double[] scores = new double[anomalous.length];
    for (int i = 0; i < anomalies.size(); i++) {
      anomalous[i] = true;
      scores[i] = anomalies.get(i);
    }
    for (int i = 0; i < normals.size(); i++) {
      scores[anomalies.size() + i] = normals.get(i);
    }
    return RocAuc.auc(anomalous, scores);
  }

  /**
   * Prints the table, each machine type's means and the overall means:
   * {@code java … SynthCalibration [trainSource trainTarget testPerCell threads seed [machine]]}.
   */
  public static void main(String[] args) throws Exception {
    CellCounts counts = args.length >= 3
        ? new CellCounts(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
            Integer.parseInt(args[2]), 0)
        : new CellCounts(50, 5, 16, 0);
    int threads = args.length >= 4 ? Integer.parseInt(args[3]) : 1;
    long seed = args.length >= 5 ? Long.parseLong(args[4]) : 1L;
    List<MachineType> machines = args.length >= 6
        ? List.of(MachineType.parse(args[5])) : SynthMachine.types();
    long t0 = System.nanoTime();
    double sumS = 0;
    double sumT = 0;
    int inRange = 0;
    List<SectionResult> results = new ArrayList<>();
    for (MachineType m : machines) {
      for (int s = 0; s < SectionAttributes.SECTIONS; s++) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          SectionResult r = section(seed, counts, m, s, pool, threads);
          results.add(r);
          System.out.println(r);
        } finally {
          pool.shutdownNow();
        }
      }
    }
    for (MachineType m : machines) {
      double s = 0;
      double t = 0;
      for (SectionResult r : results) {
        if (r.machine() == m) {
          s += r.aucSource() / SectionAttributes.SECTIONS;
          t += r.aucTarget() / SectionAttributes.SECTIONS;
        }
      }
      System.out.printf(Locale.ROOT, "%-9s mean  %.3f  %.3f%n", m.dirName(), s, t);
    }
    for (SectionResult r : results) {
      sumS += r.aucSource();
      sumT += r.aucTarget();
      inRange += (r.aucSource() > 0.55 && r.aucSource() < 0.98 ? 1 : 0)
          + (r.aucTarget() > 0.55 && r.aucTarget() < 0.98 ? 1 : 0);
    }
    System.out.printf(Locale.ROOT, "mean source %.3f target %.3f; in (0.55, 0.98): %d of %d; %.1f s%n",
        sumS / results.size(), sumT / results.size(), inRange, 2 * results.size(),
        (System.nanoTime() - t0) / 1e9);
  }
}
