package org.auscult.training.inputs;

import org.auscult.features.dsp.FrameWindows;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The CNNs' inputs: patches of {@code patchFrames} frames × all mel bins, one every
 * {@code patchHop} frames, each mel bin standardised, shaped NCHW as
 * {@code [patches, 1, patchFrames, nMels]} (height = time, width = mel; the frame-major patch is
 * already in that order, so no transposition is needed).
 */
public final class PatchInputs {
  private PatchInputs() {}

  /** All patches of a clip, row-major {@code [patch][frame][mel]}. */
  public static float[] patches(float[] logMel, int nMels, int patchFrames, int hop) {
    return FrameWindows.of(logMel, logMel.length / nMels, nMels, patchFrames, hop);
  }

  /** Per-mel statistics over every frame of a clip. */
  public static StatsAccumulator statistics(float[] logMel, FeatureParameters f) {
    AutoencoderInputs.requireMels(logMel, f);
    return new StatsAccumulator(f.nMels()).addRows(logMel);
  }

  /** Standardised patches of one clip's log-mel, shaped {@code [n, 1, patchFrames, nMels]}. */
  public static INDArray clipPatches(float[] logMel, FeatureParameters f, Standardizer s) {
    AutoencoderInputs.requireDim(s, f.nMels());
    float[] p = patches(s.apply(logMel), f.nMels(), f.patchFrames(), f.patchHop());
    int n = p.length / (f.patchFrames() * f.nMels());
    if (n == 0) {
      throw new IllegalArgumentException("a clip of " + logMel.length / f.nMels()
          + " frames is shorter than one patch of " + f.patchFrames());
    }
    return Nd4j.create(p, new long[] {n, 1, f.patchFrames(), f.nMels()}, 'c');
  }

  /** A clip's patches, each labelled with its class one-hot over {@code nClasses}. */
  public static Examples oneHotExamples(float[] logMel, FeatureParameters f, Standardizer s,
      int classId, int nClasses) {
    if (classId < 0 || classId >= nClasses) {
      throw new IllegalArgumentException("class " + classId + " outside [0, " + nClasses + ")");
    }
    return examples(logMel, f, s, classId, nClasses, true);
  }

  /** A clip's patches, each labelled with its class id in a single column. */
  public static Examples classIdExamples(float[] logMel, FeatureParameters f, Standardizer s,
      int classId) {
    if (classId < 0) {
      throw new IllegalArgumentException("class must be >= 0, got " + classId);
    }
    return examples(logMel, f, s, classId, 1, false);
  }

  private static Examples examples(float[] logMel, FeatureParameters f, Standardizer s,
      int classId, int labelWidth, boolean oneHot) {
    AutoencoderInputs.requireDim(s, f.nMels());
    AutoencoderInputs.requireMels(logMel, f);
    int size = f.patchFrames() * f.nMels();
    float[] p = patches(s.apply(logMel), f.nMels(), f.patchFrames(), f.patchHop());
    int count = p.length / size;
    float[] labels = new float[count * labelWidth];
    for (int i = 0; i < count; i++) {
      if (oneHot) {
        labels[i * labelWidth + classId] = 1f;
      } else {
        labels[i] = classId;
      }
    }
    return new Examples(p, new long[] {1, f.patchFrames(), f.nMels()}, labels, labelWidth, count);
  }
}
