package org.auscult.training.local;

import java.util.List;
import java.util.Objects;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.PatchInputs;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.TrainingClip;
import org.auscult.training.model.ModelKind;
import org.auscult.training.nets.CnnTrunkSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.api.Model;

/** The triplet embedding on standardised patches with class-id labels. */
public record EmbeddingRecipe(EmbeddingSettings network, FeatureParameters features)
    implements ModelRecipe {

  public EmbeddingRecipe {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(features, "features");
    requirePatchShape(network.trunk(), features);
  }

  @Override
  public ModelKind kind() {
    return ModelKind.EMBEDDING;
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
    return PatchInputs.statistics(clips, features);
  }

  @Override
  public Examples examples(List<TrainingClip> clips, Standardizer standardizer) {
    return PatchInputs.embeddingExamples(clips, features, standardizer);
  }

  @Override
  public Model newNetwork() {
    return EmbeddingFactory.build(network);
  }

  static void requirePatchShape(CnnTrunkSettings trunk, FeatureParameters f) {
    if (trunk.inputFrames() != f.patchFrames() || trunk.inputMels() != f.nMels()) {
      throw new IllegalArgumentException("network input " + trunk.inputFrames() + " × "
          + trunk.inputMels() + " differs from patch_frames × n_mels = " + f.patchFrames() + " × "
          + f.nMels());
    }
  }
}
