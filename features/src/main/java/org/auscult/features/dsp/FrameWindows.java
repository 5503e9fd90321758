package org.auscult.features.dsp;

/**
 * Windows of {@code width} consecutive log-mel frames, flattened frame after frame, one every
 * {@code hop} frames: the autoencoder's context vectors (5 frames, 640 values for 128 mels) and the
 * CNNs' patches (64 frames × all mels) are both this. Because the log-mel matrix is frame-major,
 * each window is one contiguous slice of it.
 */
public final class FrameWindows {

  /** Frames per autoencoder context vector in the baseline. */
  public static final int CONTEXT_FRAMES = 5;
  /** Frames per CNN patch in the baselines. */
  public static final int PATCH_FRAMES = 64;

  private FrameWindows() {
  }

  /** Windows in {@code nFrames} frames: {@code (nFrames − width) / hop + 1}, 0 if too few frames. */
  public static int count(int nFrames, int width, int hop) {
    Require.atLeast("nFrames", nFrames, 0);
    Require.atLeast("width", width, 1);
    Require.atLeast("hop", hop, 1);
    return nFrames < width ? 0 : (nFrames - width) / hop + 1;
  }

  /** The windows, row-major {@code [window][width · nMels]}, newly allocated. */
  public static float[] of(float[] logmel, int nFrames, int nMels, int width, int hop) {
    int count = count(nFrames, width, hop);
    float[] out = new float[Math.multiplyExact(count, Math.multiplyExact(width, nMels))];
    of(logmel, nFrames, nMels, width, hop, out);
    return out;
  }

  /** As {@link #of(float[], int, int, int, int)} into {@code out}, which may be longer. */
  public static void of(float[] logmel, int nFrames, int nMels, int width, int hop, float[] out) {
    int count = count(nFrames, width, hop);
    Require.atLeast("nMels", nMels, 1);
    Require.length("logmel", logmel.length, (long) nFrames * nMels);
    int size = Math.multiplyExact(width, nMels);
    Require.length("out", out.length, (long) count * size);
    for (int w = 0; w < count; w++) {
      System.arraycopy(logmel, w * hop * nMels, out, w * size, size);
    }
  }
}
