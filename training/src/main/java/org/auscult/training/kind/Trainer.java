package org.auscult.training.kind;

import java.io.IOException;
import java.util.Map;

/**
 * A model kind with its settings, ready to fit (an estimator). Immutable and serialisable, so the
 * jobs module may ship it to tasks.
 */
public interface Trainer extends java.io.Serializable {

  /** One model per machine type or one for all. */
  TrainingScope scope();

  /** The clips and columns the fit reads. */
  ClipQuery query();

  /** The settings, as the model manifest records them. */
  Map<String, Object> settings();

  /**
   * Fits a model on {@code context}'s clips.
   *
   * @throws IllegalStateException when the clips cannot make this model, saying what is missing
   */
  Fitted fit(FitContext context) throws IOException;
}
