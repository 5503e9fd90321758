package org.auscult.training.local;

import java.util.List;
import org.auscult.training.model.ModelKind;

/**
 * The JSON beside each checkpoint's model zip.
 *
 * @param kind the model kind
 * @param epoch epochs completed
 * @param dataFingerprint the training data's fingerprint; a resume on other data is refused
 * @param history every epoch so far, the last being this one
 */
public record CheckpointInfo(ModelKind kind, int epoch, String dataFingerprint,
    List<EpochResult> history) {

  public CheckpointInfo {
    history = List.copyOf(history);
  }

  /** This checkpoint's epoch result. */
  public EpochResult last() {
    return history.get(history.size() - 1);
  }
}
