package org.auscult.training.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.auscult.training.kind.Clip;

/** Synthetic clips with DCASE names, for tests. */
public final class Clips {
  private Clips() {}

  /** The file name of clip {@code index} of {@code section} in {@code domain} and split. */
  public static String name(int section, String domain, String split, String label, int index) {
    return String.format("section_%02d_%s_%s_%s_%04d_a_%d.wav", section, domain, split, label,
        index, index % 2);
  }

  /**
   * {@code n} normal training clips of machine {@code fan} whose frames are a ripple across the mel
   * axis with {@code periods} periods, drifting in phase over time (a clip-specific start), at
   * 40 ± 10 dB plus Gaussian noise of 0.5 dB: different periods differ clearly, clips of one
   * period share a low-dimensional structure.
   */
  public static List<Clip> ripples(int n, int section, String domain, int periods, int nFrames,
      int nMels, long seed) {
    return ripples(n, section, domain, "train", "normal", periods, nFrames, nMels, seed);
  }

  /** The same in any split and label. */
  public static List<Clip> ripples(int n, int section, String domain, String split, String label,
      int periods, int nFrames, int nMels, long seed) {
    Random random = new Random(seed);
    List<Clip> clips = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      double phase = random.nextDouble() * 2 * Math.PI;
      float[] logMel = new float[nFrames * nMels];
      for (int t = 0; t < nFrames; t++) {
        for (int m = 0; m < nMels; m++) {
          double ripple = Math.sin(2 * Math.PI * m * (periods + 1) / nMels + 0.3 * t + phase);
          logMel[t * nMels + m] = (float) (40 + 10 * ripple + 0.5 * random.nextGaussian());
        }
      }
      clips.add(clip(section, domain, split, label, c, nMels, logMel));
    }
    return clips;
  }

  /** The same clips as clips of machine type {@code machine}. */
  public static List<Clip> as(String machine, List<Clip> clips) {
    return clips.stream().map(c -> new Clip(machine, c.section(), c.domain(), c.split(),
        c.label(), c.attributes(), c.fileName(), c.nMels(), c.logMel(), c.gwrp())).toList();
  }

  /** A clip of machine {@code fan} with the given log-mel and its gwrp as the frame mean. */
  public static Clip clip(int section, String domain, String split, String label, int index,
      int nMels, float[] logMel) {
    int frames = logMel.length / nMels;
    float[] mean = new float[nMels];
    for (int t = 0; t < frames; t++) {
      for (int m = 0; m < nMels; m++) {
        mean[m] += logMel[t * nMels + m] / frames;
      }
    }
    return new Clip("fan", String.format("%02d", section), domain, split, label,
        "a_" + index % 2, name(section, domain, split, label, index), nMels, logMel, mean);
  }
}
