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
import org.auscult.training.nets.ClassifierFactory;
import org.auscult.training.nets.ClassifierSettings;
import org.deeplearning4j.nn.api.Model;

/** The section classifier on standardised patches with one-hot class labels. */
public record ClassifierRecipe(ClassifierSettings network, FeatureParameters features)
    implements ModelRecipe {

  public ClassifierRecipe {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(features, "features");
    EmbeddingRecipe.requirePatchShape(network.trunk(), features);
  }

  @Override
  public ModelKind kind() {
    return ModelKind.CLASSIFIER;
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
    return PatchInputs.classifierExamples(clips, features, standardizer, network.nClasses());
  }

  @Override
  public Model newNetwork() {
    return ClassifierFactory.build(network);
  }
}
