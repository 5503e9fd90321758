package org.auscult.training.kinds.classifier;

import java.io.IOException;
import org.auscult.training.engine.NetworkFiles;
import org.auscult.training.engine.NetworkInputs;
import org.auscult.training.inputs.ClipWindows;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.model.ModelFiles;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A trained classifier with its classes. A clip's score is {@code log((1 − p) / p)}, p being the
 * probability of its own section (the sum over that section's attribute classes, so a clip whose
 * attributes are unknown is scored too), as in the DCASE 2022 MobileNetV2 baseline, which clips p
 * to [ε, 1 − ε] with ε the double machine epsilon. Here 1 − p is the sum of the other classes'
 * probabilities, each clipped at ε: the same number, without the cancellation that makes every
 * confident clip's 1 − p (p a sum of floats that rounds to 1) the same ε. Not thread-safe.
 */
final class ClassifierModel implements AnomalyModel {
  /** The classes' file in a model. */
  static final String CLASSES = "classes.json";
  private static final double EPSILON = Math.ulp(1.0);

  private final ComputationGraph network;
  private final Standardizer standardizer;
  private final FeatureParameters features;
  private final ClassIndex classes;

  ClassifierModel(Model network, Standardizer standardizer, FeatureParameters features,
      ClassIndex classes) {
    this.network = (ComputationGraph) network;
    this.standardizer = standardizer;
    this.features = features;
    this.classes = classes;
  }

  @Override
  public ClipScorer scorer() {
    return clip -> {
      String prefix = ClassifierTrainer.sectionPrefix(clip);
      // the mean over the clip's training-length windows of their class probabilities
      float[] p = network.outputSingle(false, ClipWindows.trainingWindows(clip.logMel(),
          clip.nMels(), features.patchFrames(), standardizer)).mean(0).castTo(DataType.FLOAT)
          .toFloatVector();
      double own = 0;
      double others = 0;
      boolean known = false;
      for (int c = 0; c < p.length; c++) {
        if (classes.names().get(c).startsWith(prefix)) {
          own += p[c];
          known = true;
        } else {
          others += p[c];
        }
      }
      return known ? score(own, others) : Double.NaN;
    };
  }

  /** {@code log((1 − p) / p)} as {@code log(others) − log(own)}, both clipped at ε. */
  static double score(double own, double others) {
    return Math.log(Math.max(others, EPSILON)) - Math.log(Math.max(own, EPSILON));
  }

  @Override
  public void write(ModelFiles.Builder files) throws IOException {
    NetworkFiles.write(network, files);
    new NetworkInputs(features, standardizer).write(files);
    files.putJson(CLASSES, classes);
  }

  static ClassifierModel read(ModelFiles files) throws IOException {
    NetworkInputs inputs = NetworkInputs.read(files);
    return new ClassifierModel(NetworkFiles.graph(files), inputs.standardizer(),
        inputs.features(), files.json(CLASSES, ClassIndex.class));
  }
}
