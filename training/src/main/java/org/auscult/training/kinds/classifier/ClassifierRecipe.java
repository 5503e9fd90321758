package org.auscult.training.kinds.classifier;

import java.util.Objects;
import org.auscult.training.engine.NetworkRecipe;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.PatchInputs;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.Clip;
import org.auscult.training.nets.ClassifierFactory;
import org.auscult.training.nets.ClassifierSettings;
import org.deeplearning4j.nn.api.Model;

/** The classifier on standardised patches, each labelled one-hot with its clip's class. */
record ClassifierRecipe(ClassifierSettings network, FeatureParameters features,
    ClassIndex classes, boolean allMachines) implements NetworkRecipe {

  ClassifierRecipe {
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
    return PatchInputs.oneHotExamples(clip.trainingLogMel(), features, standardizer,
        classes.require(ClassifierTrainer.classKey(allMachines, clip)), classes.size());
  }

  @Override
  public Model newNetwork() {
    return ClassifierFactory.build(network);
  }
}
