package org.auscult.features.dsp;

/**
 * Context vectors for the autoencoder baseline: {@code context} consecutive log-mel frames flattened
 * frame after frame ({@code context · nMels} values, 640 for 5 × 128), one vector every {@code hop}
 * frames. Because the log-mel matrix is frame-major, each vector is one contiguous slice of it.
 */
public final class FrameStacker {

  /** Frames per vector in the baseline. */
  public static final int DEFAULT_CONTEXT = 5;

  private FrameStacker() {
  }

  /** Vectors from {@code nFrames} frames: {@code (nFrames − context) / hop + 1}, 0 if too few frames. */
  public static int vectorCount(int nFrames, int context, int hop) {
    requireAtLeast("nFrames", nFrames, 0);
    requireAtLeast("context", context, 1);
    requireAtLeast("hop", hop, 1);
    return nFrames < context ? 0 : (nFrames - context) / hop + 1;
  }

  /** The vectors, row-major {@code [vector][context · nMels]}, newly allocated. */
  public static float[] stack(float[] logmel, int nFrames, int nMels, int context, int hop) {
    float[] out = new float[Math.multiplyExact(vectorCount(nFrames, context, hop), context * nMels)];
    stack(logmel, nFrames, nMels, context, hop, out);
    return out;
  }

  /** As {@link #stack(float[], int, int, int, int)} into {@code out}, which may be longer. */
  public static void stack(float[] logmel, int nFrames, int nMels, int context, int hop, float[] out) {
    int count = vectorCount(nFrames, context, hop);
    requireAtLeast("nMels", nMels, 1);
    requireLength("logmel", logmel.length, (long) nFrames * nMels);
    int width = context * nMels;
    requireLength("out", out.length, (long) count * width);
    for (int v = 0; v < count; v++) {
      System.arraycopy(logmel, v * hop * nMels, out, v * width, width);
    }
  }

  static void requireAtLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
    }
  }

  static void requireLength(String name, int length, long needed) {
    if (length < needed) {
      throw new IllegalArgumentException(name + " must hold at least " + needed + " values, has " + length);
    }
  }
}
