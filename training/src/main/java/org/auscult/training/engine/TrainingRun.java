package org.auscult.training.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a network engine trains under, whichever engine it is: a name for log lines, the seed, the
 * share of clips held out for validation, the checkpoints and whether to resume from them. Both
 * engines start and run their epochs through it, so a resumed run behaves the same on either.
 *
 * @param name what is trained, for log lines
 * @param checkpoints where each epoch's checkpoint goes
 * @param resume continue after the newest checkpoint, if any
 */
public record TrainingRun(String name, long seed, double validationFraction,
    Checkpoints checkpoints, boolean resume) {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

  /** Where training starts: a network and the epochs it has been trained already. */
  public record Start(Model network, List<EpochRecord> history) {}

  /**
   * A new network of {@code recipe}; when resuming, the newest checkpoint of the same data
   * ({@code fingerprint}) instead, if there is one, with the recipe's step size (an engine may
   * have trained it with another).
   */
  public Start start(NetworkRecipe recipe, String fingerprint) throws IOException {
    Optional<Checkpoints.Restored> restored = resume ? checkpoints.latest(fingerprint)
        : Optional.empty();
    if (restored.isEmpty()) {
      return new Start(recipe.newNetwork(), List.of());
    }
    Checkpoints.Restored r = restored.get();
    LOG.info("{}: resuming after epoch {} from {}", name, r.state().epoch(),
        checkpoints.location());
    LearningRates.set(r.network(), LearningRates.of(recipe.newNetwork()));
    return new Start(r.network(), r.state().history());
  }

  /** Runs {@code step} from {@code start} up to {@code epochs}; returns the whole history. */
  public List<EpochRecord> epochs(EpochLoop.Step step, Start start, int epochs, String fingerprint)
      throws IOException {
    return EpochLoop.run(name, step, epochs, start.history(), checkpoints, fingerprint, r -> { });
  }
}
