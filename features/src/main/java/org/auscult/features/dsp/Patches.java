package org.auscult.features.dsp;

/**
 * Fixed-size log-mel patches for the classifier and embedding models: windows of {@code patchFrames}
 * frames × all mel bands (64 × 128 in the MobileNetV2 baseline), one every {@code stride} frames, the
 * last one ending at or before the clip's last frame. 313 frames with stride 8 give 32 patches.
 */
public final class Patches {

  /** Frames per patch in the baseline. */
  public static final int FRAMES = 64;
  /** Frames between patch starts in the baseline. */
  public static final int DEFAULT_STRIDE = 8;

  private Patches() {
  }

  /** Patches of {@link #FRAMES} frames from {@code nFrames} frames. */
  public static int patchCount(int nFrames, int stride) {
    return patchCount(nFrames, FRAMES, stride);
  }

  /** {@code (nFrames − patchFrames) / stride + 1}, or 0 when the clip is shorter than one patch. */
  public static int patchCount(int nFrames, int patchFrames, int stride) {
    checkShape(patchFrames, stride);
    return FrameStacker.vectorCount(nFrames, patchFrames, stride);
  }

  /** Patches of {@link #FRAMES} frames, row-major {@code [patch][frame][mel]}, newly allocated. */
  public static float[] extract(float[] logmel, int nFrames, int nMels, int stride) {
    return extract(logmel, nFrames, nMels, FRAMES, stride);
  }

  /** Patches of {@code patchFrames} frames, row-major {@code [patch][frame][mel]}, newly allocated. */
  public static float[] extract(float[] logmel, int nFrames, int nMels, int patchFrames, int stride) {
    checkShape(patchFrames, stride);
    // A patch of a frame-major matrix is a stack of consecutive frames.
    return FrameStacker.stack(logmel, nFrames, nMels, patchFrames, stride);
  }

  /** As {@link #extract(float[], int, int, int, int)} into {@code out}, which may be longer. */
  public static void extract(float[] logmel, int nFrames, int nMels, int patchFrames, int stride,
      float[] out) {
    checkShape(patchFrames, stride);
    FrameStacker.stack(logmel, nFrames, nMels, patchFrames, stride, out);
  }

  private static void checkShape(int patchFrames, int stride) {
    Require.atLeast("patchFrames", patchFrames, 1);
    Require.atLeast("stride", stride, 1);
  }
}
