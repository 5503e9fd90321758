package org.auscult.training.inputs;

import java.io.Serializable;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Statistics exchange (StatEx; Wilkinghoff et al., "Self-supervised learning for anomalous sound
 * detection", ICASSP 2024) of a minibatch of log-mel windows: a share of its examples each take
 * the first- and second-order statistics of another example of the minibatch, and become classes
 * of their own. A network that must tell such a hybrid from both of its parents has to keep what
 * its classes alone would let it ignore — the level and spectral shape a fault changes.
 *
 * <p>Labels have three blocks of {@code C} classes: an untouched example keeps its class in the
 * first; a hybrid of example {@code i} with {@code j}'s statistics gets half of {@code i}'s class
 * in the second block and half of {@code j}'s in the third (any mixup already applied carries
 * over).
 *
 * @param share the share of examples exchanged, in [0, 1]; 0 turns it off
 * @param mels mel bins of a frame (the examples are frame-major, {@code frames × mels})
 * @param axis which statistics are exchanged
 */
public record StatisticsExchange(double share, int mels, Axis axis) implements Serializable {
  /** No exchange. */
  public static final StatisticsExchange NONE = new StatisticsExchange(0, 1, Axis.FRAME);

  /** Keeps a silent (constant) frame or band from dividing by zero. */
  private static final double EPSILON = 1e-6;

  /** Label blocks: the classes, the hybrids by their structure, the hybrids by their statistics. */
  public static final int LABEL_BLOCKS = 3;

  /** The statistics that move from one example to the other. */
  public enum Axis {
    /** Each frame's mean and spread over the mel bins: the loudness and contrast over time. */
    FRAME,
    /** Each mel bin's mean and spread over time: the mean spectrum and how much it varies. */
    BIN
  }

  public StatisticsExchange {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("statistics exchange share must be in [0, 1], got "
          + share);
    }
    if (mels < 1) {
      throw new IllegalArgumentException("mels must be >= 1, got " + mels);
    }
    Objects.requireNonNull(axis, "axis");
  }

  /** True when examples are exchanged, so labels need {@link #LABEL_BLOCKS} blocks. */
  public boolean active() {
    return share > 0;
  }

  /**
   * Exchanges statistics of {@code n} examples of {@code width} features in place; labels are
   * {@code labelWidth = 3·C} wide, an untouched example's in the first block. Partners and choices
   * are drawn from {@code random}.
   */
  public void apply(float[] features, float[] labels, int n, int width, int labelWidth,
      SplittableRandom random) {
    if (share == 0 || n < 2) {
      return;
    }
    if (width % mels != 0 || labelWidth % LABEL_BLOCKS != 0) {
      throw new IllegalArgumentException("statistics exchange needs examples of whole frames of "
          + mels + " mel bins and labels of " + LABEL_BLOCKS + " blocks, got " + width
          + " features and " + labelWidth + " labels per example");
    }
    int classes = labelWidth / LABEL_BLOCKS;
    float[] x = features.clone();
    float[] y = labels.clone();
    for (int i = 0; i < n; i++) {
      int j = Partners.draw(i, n, share, random);
      if (j < 0) {
        continue;
      }
      exchange(x, i * width, j * width, width, features);
      int row = i * labelWidth;
      java.util.Arrays.fill(labels, row, row + labelWidth, 0f);
      for (int c = 0; c < classes; c++) {
        labels[row + classes + c] = 0.5f * y[row + c];
        labels[row + 2 * classes + c] = 0.5f * y[j * labelWidth + c];
      }
    }
  }

  /** Writes example {@code a} of {@code x}, with the statistics of example {@code b}, to out. */
  private void exchange(float[] x, int a, int b, int width, float[] out) {
    int frames = width / mels;
    boolean byFrame = axis == Axis.FRAME;
    int groups = byFrame ? frames : mels;
    int members = byFrame ? mels : frames;
    int groupStep = byFrame ? mels : 1;
    int memberStep = byFrame ? 1 : mels;
    for (int g = 0; g < groups; g++) {
      int base = g * groupStep;
      double[] from = moments(x, a + base, members, memberStep);
      double[] to = moments(x, b + base, members, memberStep);
      double gain = to[1] / (from[1] + EPSILON);
      for (int m = 0; m < members; m++) {
        int k = base + m * memberStep;
        out[a + k] = (float) ((x[a + k] - from[0]) * gain + to[0]);
      }
    }
  }

  /** Mean and standard deviation of {@code count} values from {@code start}, {@code step} apart. */
  private static double[] moments(float[] x, int start, int count, int step) {
    double sum = 0;
    for (int m = 0; m < count; m++) {
      sum += x[start + m * step];
    }
    double mean = sum / count;
    double squares = 0;
    for (int m = 0; m < count; m++) {
      double d = x[start + m * step] - mean;
      squares += d * d;
    }
    return new double[] {mean, Math.sqrt(squares / count)};
  }
}
