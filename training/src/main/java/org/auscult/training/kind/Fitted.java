package org.auscult.training.kind;

import java.util.List;
import java.util.Objects;
import org.auscult.training.engine.EpochRecord;
import org.auscult.training.model.SavedThreshold;

/**
 * What a fit made: the model, its decision threshold and, for a network, the epoch history.
 *
 * @param history one record per epoch; empty for a model that is fitted, not trained in epochs
 */
public record Fitted(AnomalyModel model, SavedThreshold threshold, List<EpochRecord> history) {

  public Fitted {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(threshold, "threshold");
    history = List.copyOf(history);
  }

  /** A model fitted in one go. */
  public static Fitted of(AnomalyModel model, SavedThreshold threshold) {
    return new Fitted(model, threshold, List.of());
  }

  /** Epochs the model was trained for; 0 for a fitted model. */
  public int epochs() {
    return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
  }
}
