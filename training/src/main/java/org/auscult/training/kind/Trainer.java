package org.auscult.training.kind;

import java.io.IOException;
import java.util.Map;
import org.auscult.training.model.ManifestJson;

/**
 * A model kind with its settings, ready to fit (an estimator). Immutable and serialisable, so the
 * jobs module may ship it to tasks.
 */
public interface Trainer extends java.io.Serializable {

  /** One model per machine type (the default) or one for all. */
  default TrainingScope scope() {
    return TrainingScope.PER_MACHINE;
  }

  /** The clips and columns the fit reads: by default the normal training clips' log-mel. */
  default ClipQuery query() {
    return ClipQuery.normalTraining(ClipQuery.Column.LOG_MEL);
  }

  /**
   * The settings, as the model manifest records them: by default the trainer record's components
   * (snake_case) but the common settings, which the manifest has apart.
   */
  @SuppressWarnings("unchecked")
  default Map<String, Object> settings() {
    Map<String, Object> all = new java.util.LinkedHashMap<>(
        ManifestJson.mapper().convertValue(this, Map.class));
    all.remove("common");
    return all;
  }

  /**
   * Fits a model on {@code context}'s clips.
   *
   * @throws IllegalStateException when the clips cannot make this model, saying what is missing
   */
  Fitted fit(FitContext context) throws IOException;
}
