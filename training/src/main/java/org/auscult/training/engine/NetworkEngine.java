package org.auscult.training.engine;

import java.io.IOException;
import org.auscult.training.kind.ClipSet;

/**
 * Trains a network where the clips are: holds out a validation share of the clips, fits the
 * standardisation on the rest, then runs {@link EpochLoop} with checkpoints (resuming from the last
 * one when asked).
 */
public interface NetworkEngine {

  /**
   * Trains {@code recipe}'s network on {@code clips} for {@code epochs} epochs of minibatches of
   * {@code batchSize} examples.
   */
  TrainedNetwork train(NetworkRecipe recipe, ClipSet clips, int epochs, int batchSize)
      throws IOException;
}
