package org.auscult.training.kinds.ae;

import java.util.Objects;
import org.auscult.training.engine.NetworkRecipe;
import org.auscult.training.inputs.AutoencoderInputs;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.kind.Clip;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.deeplearning4j.nn.api.Model;

/** The autoencoder on standardised context vectors. */
record AutoencoderRecipe(AutoencoderSettings network, FeatureParameters features)
    implements NetworkRecipe {

  AutoencoderRecipe {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(features, "features");
    if (network.inputSize() != features.contextVectorSize()) {
      throw new IllegalArgumentException("autoencoder input size " + network.inputSize()
          + " differs from context_frames × n_mels = " + features.contextVectorSize());
    }
  }

  @Override
  public int statisticsDimensions() {
    return features.contextVectorSize();
  }

  @Override
  public void addStatistics(Clip clip, StatsAccumulator statistics) {
    statistics.merge(AutoencoderInputs.statistics(clip.trainingLogMel(), features));
  }

  @Override
  public Examples examples(Clip clip, Standardizer standardizer) {
    return AutoencoderInputs.examples(clip.trainingLogMel(), features, standardizer);
  }

  @Override
  public Model newNetwork() {
    return AutoencoderFactory.build(network);
  }
}
