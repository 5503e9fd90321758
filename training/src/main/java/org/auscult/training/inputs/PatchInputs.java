package org.auscult.training.inputs;

import java.util.List;
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

  /** Per-mel statistics over every frame of {@code clips}. */
  public static StatsAccumulator statistics(List<TrainingClip> clips, FeatureParameters f) {
    StatsAccumulator acc = new StatsAccumulator(f.nMels());
    for (TrainingClip clip : clips) {
      requireMels(clip, f);
      acc.addRows(clip.logMel());
    }
    return acc;
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

  /** Classifier examples: each clip's patches with its class one-hot over {@code nClasses}. */
  public static Examples classifierExamples(List<TrainingClip> clips, FeatureParameters f,
      Standardizer s, int nClasses) {
    return examples(clips, f, s, nClasses, true);
  }

  /** Embedding examples: each clip's patches with its class id in a single label column. */
  public static Examples embeddingExamples(List<TrainingClip> clips, FeatureParameters f,
      Standardizer s) {
    return examples(clips, f, s, 1, false);
  }

  private static Examples examples(List<TrainingClip> clips, FeatureParameters f, Standardizer s,
      int labelWidth, boolean oneHot) {
    AutoencoderInputs.requireDim(s, f.nMels());
    int size = f.patchFrames() * f.nMels();
    int count = 0;
    for (TrainingClip clip : clips) {
      requireMels(clip, f);
      if (oneHot && clip.classId() >= labelWidth) {
        throw new IllegalArgumentException("clip " + clip.clipId() + " has class " + clip.classId()
            + ", expected < " + labelWidth);
      }
      count += FrameWindows.count(clip.nFrames(), f.patchFrames(), f.patchHop());
    }
    float[] features = new float[Math.multiplyExact(count, size)];
    float[] labels = new float[count * labelWidth];
    int e = 0;
    for (TrainingClip clip : clips) {
      float[] p = patches(s.apply(clip.logMel()), f.nMels(), f.patchFrames(), f.patchHop());
      System.arraycopy(p, 0, features, e * size, p.length);
      for (int i = 0; i < p.length / size; i++, e++) {
        if (oneHot) {
          labels[e * labelWidth + clip.classId()] = 1f;
        } else {
          labels[e] = clip.classId();
        }
      }
    }
    return new Examples(features, new long[] {1, f.patchFrames(), f.nMels()}, labels, labelWidth,
        count);
  }

  private static void requireMels(TrainingClip clip, FeatureParameters f) {
    if (clip.nMels() != f.nMels()) {
      throw new IllegalArgumentException("clip " + clip.clipId() + " has " + clip.nMels()
          + " mel bins, the feature parameters say " + f.nMels());
    }
  }
}
