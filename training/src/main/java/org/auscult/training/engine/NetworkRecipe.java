package org.auscult.training.engine;

import java.io.Serializable;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.MinibatchAugmentation;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.kind.Clip;
import org.deeplearning4j.nn.api.Model;

/**
 * How a network kind turns clips into training examples and makes its network. Serialisable and
 * used inside tasks, so it holds only plain settings.
 */
public interface NetworkRecipe extends Serializable {

  /** Dimensions of the input standardisation. */
  int statisticsDimensions();

  /** Adds a training clip's rows to the standardisation statistics. */
  void addStatistics(Clip clip, StatsAccumulator statistics);

  /** A training clip's standardised examples, with their labels. */
  Examples examples(Clip clip, Standardizer standardizer);

  /** A new network, initialised from the recipe's seed. */
  Model newNetwork();

  /** What is done to minibatches when they are cut; nothing by default. */
  default MinibatchAugmentation augmentation() {
    return MinibatchAugmentation.NONE;
  }
}
