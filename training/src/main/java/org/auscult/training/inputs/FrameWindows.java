package org.auscult.training.inputs;

/**
 * Windows of consecutive log-mel frames, flattened frame after frame: the autoencoder's context
 * vectors and the CNN patches are both this. Because the log-mel matrix is frame-major, each
 * window is one contiguous slice of it.
 *
 * <p>TODO: replace with {@code org.auscult.features.dsp.FrameStacker.stack} (context vectors) and
 * {@code org.auscult.features.dsp.Patches.extract} (patches) once they land on this branch; they
 * compute the same thing with the same argument order.
 */
final class FrameWindows {
  private FrameWindows() {}

  /** {@code (nFrames − width) / hop + 1}, or 0 when there are fewer than {@code width} frames. */
  static int count(int nFrames, int width, int hop) {
    if (width < 1 || hop < 1) {
      throw new IllegalArgumentException("window width and hop must be >= 1, got width " + width
          + ", hop " + hop);
    }
    return nFrames < width ? 0 : (nFrames - width) / hop + 1;
  }

  /** The windows, row-major {@code [window][width · nMels]}. */
  static float[] of(float[] logMel, int nFrames, int nMels, int width, int hop) {
    if ((long) nFrames * nMels != logMel.length) {
      throw new IllegalArgumentException("expected " + nFrames + " × " + nMels + " = "
          + (long) nFrames * nMels + " log-mel values, got " + logMel.length);
    }
    int count = count(nFrames, width, hop);
    int size = width * nMels;
    float[] out = new float[Math.multiplyExact(count, size)];
    for (int w = 0; w < count; w++) {
      System.arraycopy(logMel, w * hop * nMels, out, w * size, size);
    }
    return out;
  }
}
