package org.auscult.training.kinds.supervised;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipQuery;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.Trainer;
import org.auscult.training.model.SavedThreshold;

/** Cross-validates boosted trees on a machine type's labelled test clips. */
record SupervisedTrainer(CommonSettings common, int folds, int maxIterations, int maxDepth)
    implements Trainer {

  @Override
  public ClipQuery query() {
    return new ClipQuery(ClipQuery.Selection.LABELLED_TEST,
        java.util.EnumSet.of(ClipQuery.Column.LOG_MEL));
  }

  /** A labelled clip's features and label. */
  record Example(double[] features, double label, String foldKey) implements java.io.Serializable {}

  @Override
  public Fitted fit(FitContext context) throws IOException {
    List<Keyed<Example>> examples = context.clips().map(SupervisedTrainer::example);
    if (examples.isEmpty()) {
      throw new IllegalStateException("no labelled test clips of " + context.machines() + " (the "
          + "supervised reference needs development-set test clips)");
    }
    int n = examples.size();
    double[][] rows = new double[n][];
    double[] labels = new double[n];
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) {
      Example e = examples.get(i).value();
      rows[i] = e.features();
      labels[i] = e.label();
      fold[i] = fold(common.seed(), e.foldKey(), folds);
    }
    double[] p = context.boostedTrees().outOfFold(rows, labels, fold, folds, maxIterations,
        maxDepth, common.seed());
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(p[i])) {
        scores.put(examples.get(i).key(), p[i]);
      }
    }
    if (scores.isEmpty()) {
      throw new IllegalStateException("supervised " + context.name() + ": no fold had both labels");
    }
    return Fitted.of(new SupervisedModel(scores), new SavedThreshold(0.5, "probability 0.5"));
  }

  private static Example example(Clip c) {
    return new Example(pooledStatistics(c.logMel(), c.nMels()),
        "anomaly".equals(c.label()) ? 1.0 : 0.0, c.section() + "/" + c.fileName());
  }

  /** A clip's fold: a seeded hash of its name, so the split is the same on every run. */
  static int fold(long seed, String key, int folds) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001B3L;
    }
    h ^= h >>> 29;
    return (int) Math.floorMod(h, (long) folds);
  }

  /** Per-band mean, then per-band standard deviation, over the clip's frames. */
  static double[] pooledStatistics(float[] logmel, int nMels) {
    int frames = logmel.length / nMels;
    double[] out = new double[2 * nMels];
    for (int t = 0; t < frames; t++) {
      for (int m = 0; m < nMels; m++) {
        out[m] += logmel[t * nMels + m];
      }
    }
    for (int m = 0; m < nMels; m++) {
      out[m] /= frames;
    }
    for (int t = 0; t < frames; t++) {
      for (int m = 0; m < nMels; m++) {
        double d = logmel[t * nMels + m] - out[m];
        out[nMels + m] += d * d;
      }
    }
    for (int m = 0; m < nMels; m++) {
      out[nMels + m] = Math.sqrt(out[nMels + m] / frames);
    }
    return out;
  }
}
