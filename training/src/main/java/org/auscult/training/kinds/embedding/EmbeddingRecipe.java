package org.auscult.training.kinds.embedding;

import java.util.Objects;
import org.auscult.training.engine.NetworkRecipe;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.PatchInputs;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.Clip;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.api.Model;

/** The triplet embedding on standardised patches, each labelled with its clip's class id. */
record EmbeddingRecipe(EmbeddingSettings network, FeatureParameters features, ClassIndex classes)
    implements NetworkRecipe {

  EmbeddingRecipe {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(features, "features");
    if (network.trunk().inputFrames() != features.patchFrames()
        || network.trunk().inputMels() != features.nMels()) {
      throw new IllegalArgumentException("network input " + network.trunk().inputFrames() + " × "
          + network.trunk().inputMels() + " differs from patch_frames × n_mels = "
          + features.patchFrames() + " × " + features.nMels());
    }
  }

  @Override
  public int statisticsDimensions() {
    return features.nMels();
  }

  @Override
  public void addStatistics(Clip clip, StatsAccumulator statistics) {
    statistics.merge(PatchInputs.statistics(clip.trainingLogMel(), features));
  }

  @Override
  public Examples examples(Clip clip, Standardizer standardizer) {
    return PatchInputs.classIdExamples(clip.trainingLogMel(), features, standardizer,
        classes.require(EmbeddingTrainer.classKey(clip)));
  }

  @Override
  public Model newNetwork() {
    return EmbeddingFactory.build(network);
  }
}
