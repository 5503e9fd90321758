package org.auscult.training.engine;

import java.util.List;
import java.util.Set;
import org.auscult.training.inputs.Standardizer;
import org.deeplearning4j.nn.api.Model;

/**
 * A trained network with its input standardisation, its epoch history and the clips held out
 * for validation.
 *
 * @param validationKeys keys of the clips that were held out (the network never fitted them)
 */
public record TrainedNetwork(Model network, Standardizer standardizer, List<EpochRecord> history,
    Set<String> validationKeys) {

  public TrainedNetwork {
    history = List.copyOf(history);
    validationKeys = Set.copyOf(validationKeys);
  }
}
