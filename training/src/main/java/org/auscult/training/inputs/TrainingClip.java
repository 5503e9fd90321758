package org.auscult.training.inputs;

import java.util.Objects;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.Split;

/**
 * One training clip's log-mel features: the only thing the training data API accepts, so no test
 * clip can reach a model's inputs. The clip id must end in a DCASE file name of the training split
 * ({@code section_00_source_train_normal_0001_….wav}, optionally after a folder path such as
 * {@code fan/train/}); anything else is refused.
 *
 * <p>The array is held, not copied (clips are large and immutable by convention).
 *
 * @param clipId the clip's path or file name
 * @param logMel frame-major log-mel, {@code nFrames × nMels}
 * @param nMels mel bins per frame
 * @param classId the clip's class for the classifier and embedding (section or (section,
 *     attribute) group index); ignored by the autoencoder
 */
public record TrainingClip(String clipId, float[] logMel, int nMels, int classId)
    implements java.io.Serializable {

  public TrainingClip {
    Objects.requireNonNull(clipId, "clipId");
    Objects.requireNonNull(logMel, "logMel");
    ClipName name = parse(clipId);
    if (name.split() != Split.TRAIN) {
      throw new IllegalArgumentException("clip " + clipId + " is in the " + name.split()
          + " split; only training clips may be used for training");
    }
    if (name.label() != Label.NORMAL) {
      throw new IllegalArgumentException("clip " + clipId + " is labelled " + name.label()
          + "; models are trained on normal clips only");
    }
    if (nMels <= 0 || logMel.length == 0 || logMel.length % nMels != 0) {
      throw new IllegalArgumentException("clip " + clipId + ": expected a non-empty multiple of "
          + nMels + " log-mel values, got " + logMel.length);
    }
    if (classId < 0) {
      throw new IllegalArgumentException("clip " + clipId + ": classId must be >= 0, got " + classId);
    }
  }

  /** A clip for the autoencoder, which has no classes. */
  public static TrainingClip unlabelled(String clipId, float[] logMel, int nMels) {
    return new TrainingClip(clipId, logMel, nMels, 0);
  }

  /** Frames in the clip. */
  public int nFrames() {
    return logMel.length / nMels;
  }

  /** What the clip's file name says (section, domain, attributes). */
  public ClipName clipName() {
    return parse(clipId);
  }

  private static ClipName parse(String clipId) {
    int slash = Math.max(clipId.lastIndexOf('/'), clipId.lastIndexOf('\\'));
    return ClipName.parse(clipId.substring(slash + 1));
  }

  @Override
  public String toString() {
    return "TrainingClip[" + clipId + ", " + nFrames() + " × " + nMels + ", class " + classId + "]";
  }
}
