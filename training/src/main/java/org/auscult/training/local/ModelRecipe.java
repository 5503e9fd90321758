package org.auscult.training.local;

import java.io.Serializable;
import java.util.List;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.TrainingClip;
import org.auscult.training.model.ModelKind;
import org.deeplearning4j.nn.api.Model;

/**
 * How one kind of model is trained: its inputs from training clips and its network from its
 * factory. Implementations are plain serialisable records, usable inside Spark tasks.
 */
public sealed interface ModelRecipe extends Serializable
    permits AutoencoderRecipe, ClassifierRecipe, EmbeddingRecipe {

  /** The model kind. */
  ModelKind kind();

  /** The feature parameters the inputs are made with. */
  FeatureParameters features();

  /** The network's weight-initialisation seed. */
  long seed();

  /** The factory settings record, saved in the model manifest. */
  Record networkSettings();

  /** Statistics of the standardisation, over {@code clips} (training clips only). */
  StatsAccumulator statistics(List<TrainingClip> clips);

  /** The standardised examples of {@code clips}. */
  Examples examples(List<TrainingClip> clips, Standardizer standardizer);

  /** A new, initialised network from the model's factory. */
  Model newNetwork();
}
