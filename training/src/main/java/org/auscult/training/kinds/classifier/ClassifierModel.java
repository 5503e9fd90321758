package org.auscult.training.kinds.classifier;

import java.io.IOException;
import org.auscult.training.engine.NetworkFiles;
import org.auscult.training.engine.NetworkInputs;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.model.ModelFiles;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** A trained section classifier with its classes. Not thread-safe. */
final class ClassifierModel implements AnomalyModel {
  /** The classes file in a model. */
  static final String CLASSES = "classes.json";

  private final ComputationGraph network;
  private final Standardizer standardizer;
  private final FeatureParameters features;
  private final ClassIndex classes;
  private final boolean allMachines;

  ClassifierModel(Model network, Standardizer standardizer, FeatureParameters features,
      ClassIndex classes, boolean allMachines) {
    this.network = (ComputationGraph) network;
    this.standardizer = standardizer;
    this.features = features;
    this.classes = classes;
    this.allMachines = allMachines;
  }

  @Override
  public ClipScorer scorer() {
    ClassifierScorer s = new ClassifierScorer(network, standardizer, features,
        ClassifierScorer.DEFAULT_EPSILON);
    return clip -> {
      int own = classes.indexOf(ClassifierTrainer.classKey(allMachines, clip));
      return own < 0 ? Double.NaN : s.score(clip.logMel(), own);
    };
  }

  @Override
  public void write(ModelFiles.Builder files) throws IOException {
    NetworkFiles.write(network, files);
    new NetworkInputs(features, standardizer).write(files);
    files.putJson(CLASSES, new Classes(classes, allMachines));
  }

  static ClassifierModel read(ModelFiles files) throws IOException {
    NetworkInputs inputs = NetworkInputs.read(files);
    Classes c = files.json(CLASSES, Classes.class);
    return new ClassifierModel(NetworkFiles.graph(files), inputs.standardizer(),
        inputs.features(), c.classes(), c.allMachines());
  }

  /** What {@value #CLASSES} holds. */
  record Classes(ClassIndex classes, boolean allMachines) {}
}
