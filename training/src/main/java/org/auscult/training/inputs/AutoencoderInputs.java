package org.auscult.training.inputs;

import java.util.List;

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

  /** Statistics of the training vectors (one every {@code contextHop} frames) of {@code clips}. */
  public static StatsAccumulator statistics(List<TrainingClip> clips, FeatureParameters f) {
    StatsAccumulator acc = new StatsAccumulator(f.contextVectorSize());
    for (TrainingClip clip : clips) {
      acc.addRows(trainingVectors(clip, f));
    }
    return acc;
  }

  /** Standardised training vectors of {@code clips}; the labels are the vectors themselves. */
  public static Examples examples(List<TrainingClip> clips, FeatureParameters f, Standardizer s) {
    int size = f.contextVectorSize();
    requireDim(s, size);
    long total = 0;
    for (TrainingClip clip : clips) {
      total += (long) FrameWindows.count(clip.nFrames(), f.contextFrames(), f.contextHop()) * size;
    }
    float[] all = new float[Math.toIntExact(total)];
    int offset = 0;
    for (TrainingClip clip : clips) {
      float[] v = trainingVectors(clip, f);
      System.arraycopy(v, 0, all, offset, v.length);
      offset += v.length;
    }
    s.applyInPlace(all);
    return new Examples(all, new long[] {size}, null, 0, (int) (total / size));
  }

  private static float[] trainingVectors(TrainingClip clip, FeatureParameters f) {
    if (clip.nMels() != f.nMels()) {
      throw new IllegalArgumentException("clip " + clip.clipId() + " has " + clip.nMels()
          + " mel bins, the feature parameters say " + f.nMels());
    }
    return vectors(clip.logMel(), clip.nMels(), f.contextFrames(), f.contextHop());
  }

  static void requireDim(Standardizer s, int dim) {
    if (s.dim() != dim) {
      throw new IllegalArgumentException("standardizer has " + s.dim() + " dimensions, inputs have "
          + dim);
    }
  }
}
