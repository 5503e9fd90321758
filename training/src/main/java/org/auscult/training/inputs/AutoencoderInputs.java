package org.auscult.training.inputs;

import org.auscult.features.dsp.FrameWindows;

/**
 * The autoencoder's inputs: context vectors of {@code contextFrames} consecutive frames
 * (640 values for 5 × 128), standardised per dimension.
 */
public final class AutoencoderInputs {
  private AutoencoderInputs() {}

  /** All context vectors of a clip, one every {@code hop} frames, row-major. */
  public static float[] vectors(float[] logMel, int nMels, int contextFrames, int hop) {
    return FrameWindows.of(logMel, logMel.length / nMels, nMels, contextFrames, hop);
  }

  /** Statistics of a clip's training vectors (one every {@code contextHop} frames). */
  public static StatsAccumulator statistics(float[] logMel, FeatureParameters f) {
    return new StatsAccumulator(f.contextVectorSize()).addRows(trainingVectors(logMel, f));
  }

  /** A clip's standardised training vectors; the labels are the vectors themselves. */
  public static Examples examples(float[] logMel, FeatureParameters f, Standardizer s) {
    int size = f.contextVectorSize();
    requireDim(s, size);
    float[] v = trainingVectors(logMel, f);
    s.applyInPlace(v);
    return new Examples(v, new long[] {size}, null, 0, v.length / size);
  }

  private static float[] trainingVectors(float[] logMel, FeatureParameters f) {
    requireMels(logMel, f);
    return vectors(logMel, f.nMels(), f.contextFrames(), f.contextHop());
  }

  static void requireMels(float[] logMel, FeatureParameters f) {
    if (logMel.length == 0 || logMel.length % f.nMels() != 0) {
      throw new IllegalArgumentException("a log-mel of " + logMel.length + " values is not whole "
          + "frames of " + f.nMels() + " mel bins");
    }
  }

  static void requireDim(Standardizer s, int dim) {
    if (s.dim() != dim) {
      throw new IllegalArgumentException("standardizer has " + s.dim() + " dimensions, inputs have "
          + dim);
    }
  }
}
