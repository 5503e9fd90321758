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
    Require.atLeast("nFrames", nFrames, 0);
    Require.atLeast("context", context, 1);
    Require.atLeast("hop", hop, 1);
    return nFrames < context ? 0 : (nFrames - context) / hop + 1;
  }

  /** The vectors, row-major {@code [vector][context · nMels]}, newly allocated. */
  public static float[] stack(float[] logmel, int nFrames, int nMels, int context, int hop) {
    int count = vectorCount(nFrames, context, hop);
    float[] out = new float[Math.multiplyExact(count, Math.multiplyExact(context, nMels))];
    stack(logmel, nFrames, nMels, context, hop, out);
    return out;
  }

  /** As {@link #stack(float[], int, int, int, int)} into {@code out}, which may be longer. */
  public static void stack(float[] logmel, int nFrames, int nMels, int context, int hop, float[] out) {
    int count = vectorCount(nFrames, context, hop);
    Require.atLeast("nMels", nMels, 1);
    Require.length("logmel", logmel.length, (long) nFrames * nMels);
    int width = Math.multiplyExact(context, nMels);
    Require.length("out", out.length, (long) count * width);
    for (int v = 0; v < count; v++) {
      System.arraycopy(logmel, v * hop * nMels, out, v * width, width);
    }
  }
}
