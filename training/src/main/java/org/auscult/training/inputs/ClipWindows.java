package org.auscult.training.inputs;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A whole clip's log-mel as the clip encoder takes it, {@code [1, frames, mels]} per example
 * (NCHW without the batch: height = time, width = mel, so the frame-major array needs no
 * transposition): for training a window of fixed length, tiled round the clip's end when the clip
 * is shorter (any clip length trains); for scoring the whole clip.
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

  /** The whole standardised clip, {@code [1, 1, frames, mels]}. */
  public static INDArray wholeClip(float[] logMel, int nMels, Standardizer standardizer) {
    if (standardizer.dim() != nMels) {
      throw new IllegalArgumentException("standardizer has " + standardizer.dim()
          + " dimensions, the clip has " + nMels + " mel bins");
    }
    int frames = logMel.length / nMels;
    return Nd4j.create(standardizer.apply(logMel), new long[] {1, 1, frames, nMels}, 'c');
  }
}
