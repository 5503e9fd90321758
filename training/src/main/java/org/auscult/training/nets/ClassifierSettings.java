package org.auscult.training.nets;

import java.io.Serializable;
import java.util.Objects;

/**
 * The classifier: the clip encoder, then a softmax over {@code classes}.
 *
 * @param encoder the clip encoder
 * @param classes classes of the softmax (machine, section and attribute of every machine type)
 */
public record ClassifierSettings(ClipEncoderSettings encoder, int classes) implements Serializable {

  public ClassifierSettings {
    Objects.requireNonNull(encoder, "encoder");
    if (classes < 2) {
      throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
    }
  }
}
