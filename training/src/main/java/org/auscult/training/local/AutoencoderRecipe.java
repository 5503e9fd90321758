package org.auscult.training.local;

import java.util.List;
import java.util.Objects;
import org.auscult.training.inputs.AutoencoderInputs;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.TrainingClip;
import org.auscult.training.model.ModelKind;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.deeplearning4j.nn.api.Model;

/** The autoencoder on standardised context vectors. */
public record AutoencoderRecipe(AutoencoderSettings network, FeatureParameters features)
    implements ModelRecipe {

  public AutoencoderRecipe {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(features, "features");
    if (network.inputSize() != features.contextVectorSize()) {
      throw new IllegalArgumentException("autoencoder input size " + network.inputSize()
          + " differs from context_frames × n_mels = " + features.contextVectorSize());
    }
  }

  @Override
  public ModelKind kind() {
    return ModelKind.AUTOENCODER;
  }

  @Override
  public long seed() {
    return network.seed();
  }

  @Override
  public Record networkSettings() {
    return network;
  }

  @Override
  public StatsAccumulator statistics(List<TrainingClip> clips) {
    return AutoencoderInputs.statistics(clips, features);
  }

  @Override
  public Examples examples(List<TrainingClip> clips, Standardizer standardizer) {
    return AutoencoderInputs.examples(clips, features, standardizer);
  }

  @Override
  public Model newNetwork() {
    return AutoencoderFactory.build(network);
  }
}
