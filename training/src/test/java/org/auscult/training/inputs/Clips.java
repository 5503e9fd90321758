package org.auscult.training.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic training clips with DCASE names, for tests. */
public final class Clips {
  private Clips() {}

  /** The file name of training clip {@code index} of {@code section} in {@code domain}. */
  public static String name(int section, String domain, int index) {
    return String.format("section_%02d_%s_train_normal_%04d_a_%d.wav", section, domain, index,
        index % 2);
  }

  /**
   * {@code n} clips whose frames are a ripple across the mel axis with {@code classId + 1} periods,
   * drifting in phase over time (a clip-specific start), at 40 ± 10 dB plus Gaussian noise of
   * 0.5 dB: classes differ clearly, clips of one class share a low-dimensional structure.
   */
  public static List<TrainingClip> ripples(int n, int section, String domain, int classId,
      int nFrames, int nMels, long seed) {
    Random random = new Random(seed);
    List<TrainingClip> clips = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      double phase = random.nextDouble() * 2 * Math.PI;
      float[] logMel = new float[nFrames * nMels];
      for (int t = 0; t < nFrames; t++) {
        for (int m = 0; m < nMels; m++) {
          double ripple = Math.sin(2 * Math.PI * m * (classId + 1) / nMels + 0.3 * t + phase);
          logMel[t * nMels + m] = (float) (40 + 10 * ripple + 0.5 * random.nextGaussian());
        }
      }
      clips.add(new TrainingClip(name(section, domain, c), logMel, nMels, classId));
    }
    return clips;
  }

  /** {@code n} clips of Gaussian noise around {@code level}, class = {@code classId}. */
  public static List<TrainingClip> noise(int n, int section, int classId, int nFrames, int nMels,
      float level, long seed) {
    Random random = new Random(seed);
    List<TrainingClip> clips = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      float[] logMel = new float[nFrames * nMels];
      for (int i = 0; i < logMel.length; i++) {
        logMel[i] = level + (float) random.nextGaussian();
      }
      clips.add(new TrainingClip(name(section, "source", c), logMel, nMels, classId));
    }
    return clips;
  }
}
