package org.auscult.training.inputs;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A whole clip's log-mel as the clip encoder takes it, {@code [1, frames, mels]} per example
 * (NCHW without the batch: height = time, width = mel, so the frame-major array needs no
 * transposition): for training a window of fixed length, tiled round the clip's end when the clip
 * is shorter (any clip length trains); for scoring, windows of that length covering the clip.
 */
public final class ClipWindows {
  private ClipWindows() {}

  /**
   * {@code frames} frames of {@code logMel} starting at frame {@code offset}, wrapping round to the
   * clip's start.
   */
  public static float[] window(float[] logMel, int nMels, int frames, int offset) {
    int clipFrames = logMel.length / nMels;
    if (clipFrames == 0 || logMel.length % nMels != 0) {
      throw new IllegalArgumentException("a log-mel of " + logMel.length + " values is not whole "
          + "frames of " + nMels + " mel bins");
    }
    float[] out = new float[frames * nMels];
    for (int t = 0; t < frames; t++) {
      int source = Math.floorMod(offset + t, clipFrames);
      System.arraycopy(logMel, source * nMels, out, t * nMels, nMels);
    }
    return out;
  }

  /** Frames between the windows of {@link #trainingWindows}: half a window, at least 1. */
  public static int scoringHop(int frames) {
    return Math.max(1, frames / 2);
  }

  /**
   * The standardised clip as the windows a network was trained on, {@code [n, 1, frames, mels]}:
   * one every {@code frames / 2} frames, the last ending at the clip's end, so every frame is seen
   * and a window's statistics (its maximum over time, say) are those of training; a clip shorter
   * than a window gives one window, tiled.
   */
  public static INDArray trainingWindows(float[] logMel, int nMels, int frames,
      Standardizer standardizer) {
    float[] x = standardizer.apply(logMel);
    int clipFrames = x.length / nMels;
    if (clipFrames <= frames) {
      return Nd4j.create(window(x, nMels, frames, 0), new long[] {1, 1, frames, nMels}, 'c');
    }
    int hop = scoringHop(frames);
    int regular = (clipFrames - frames) / hop + 1;
    boolean tail = (regular - 1) * hop + frames < clipFrames;
    int n = regular + (tail ? 1 : 0);
    int size = frames * nMels;
    float[] out = new float[n * size];
    for (int i = 0; i < regular; i++) {
      System.arraycopy(x, i * hop * nMels, out, i * size, size);
    }
    if (tail) {
      System.arraycopy(x, (clipFrames - frames) * nMels, out, regular * size, size);
    }
    return Nd4j.create(out, new long[] {n, 1, frames, nMels}, 'c');
  }
}
