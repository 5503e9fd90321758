package org.auscult.training.kinds.embedding;

import java.io.IOException;
import java.util.Map;
import org.auscult.training.engine.NetworkFiles;
import org.auscult.training.engine.NetworkInputs;
import org.auscult.training.inputs.ClipWindows;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.model.ModelFiles;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A trained embedding network with every section's references. A clip of any length is embedded
 * as the mean of its training-length windows. Not thread-safe.
 */
final class EmbeddingModel implements AnomalyModel {
  /** The references' file in a model. */
  static final String REFERENCES = "references.json";

  private final ComputationGraph network;
  private final Standardizer standardizer;
  private final FeatureParameters features;
  private final Map<String, SectionReferences> references;

  EmbeddingModel(Model network, Standardizer standardizer, FeatureParameters features,
      Map<String, SectionReferences> references) {
    this.network = (ComputationGraph) network;
    this.standardizer = standardizer;
    this.features = features;
    this.references = Map.copyOf(references);
  }

  /** The inputs the network was trained on, as saved with it. */
  FeatureParameters features() {
    return features;
  }

  /** The same network with {@code sections} as its references. */
  EmbeddingModel withReferences(Map<String, SectionReferences> sections) {
    return new EmbeddingModel(network, standardizer, features, sections);
  }

  /**
   * The clip's embedding: the mean of its training-length windows' unit-norm embeddings (a window
   * is what the network learned from; a whole clip's maximum over time would be another thing).
   */
  float[] embedding(Clip clip) {
    return network.outputSingle(false, ClipWindows.trainingWindows(clip.logMel(), clip.nMels(),
        features.patchFrames(), standardizer)).mean(0).castTo(DataType.FLOAT).toFloatVector();
  }

  @Override
  public ClipScorer scorer() {
    return clip -> {
      SectionReferences r = references.get(ReferenceFit.sectionKey(clip.machine(),
          clip.section()));
      return r == null ? Double.NaN : r.score(embedding(clip));
    };
  }

  @Override
  public void write(ModelFiles.Builder files) throws IOException {
    NetworkFiles.write(network, files);
    new NetworkInputs(features, standardizer).write(files);
    files.putJson(REFERENCES, new References(references));
  }

  static EmbeddingModel read(ModelFiles files) throws IOException {
    NetworkInputs inputs = NetworkInputs.read(files);
    Map<String, SectionReferences> refs = files.has(REFERENCES)
        ? files.json(REFERENCES, References.class).sections() : Map.of();
    return new EmbeddingModel(NetworkFiles.graph(files), inputs.standardizer(),
        inputs.features(), refs);
  }

  /** What {@value #REFERENCES} holds. */
  record References(Map<String, SectionReferences> sections) {}
}
