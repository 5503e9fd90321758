package org.auscult.training.kinds.embedding;

import java.io.IOException;
import java.util.Map;
import org.auscult.training.engine.NetworkFiles;
import org.auscult.training.engine.NetworkInputs;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.model.ModelFiles;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** A trained embedding network with each section's reference set. Not thread-safe. */
final class EmbeddingModel implements AnomalyModel {
  /** The reference sets' file in a model. */
  static final String REFERENCES = "references.json";

  private final ComputationGraph network;
  private final Standardizer standardizer;
  private final FeatureParameters features;
  private final Map<String, ReferenceSet> references;

  EmbeddingModel(Model network, Standardizer standardizer, FeatureParameters features,
      Map<String, ReferenceSet> references) {
    this.network = (ComputationGraph) network;
    this.standardizer = standardizer;
    this.features = features;
    this.references = Map.copyOf(references);
  }

  /** The same network with {@code sets} as its references. */
  EmbeddingModel withReferences(Map<String, ReferenceSet> sets) {
    return new EmbeddingModel(network, standardizer, features, sets);
  }

  /** The clip's mean patch embedding. */
  float[] embedding(Clip clip) {
    return new EmbeddingScorer(network, standardizer, features, Map.of())
        .clipEmbedding(clip.logMel());
  }

  @Override
  public ClipScorer scorer() {
    EmbeddingScorer s = new EmbeddingScorer(network, standardizer, features, references);
    return clip -> references.containsKey(clip.section())
        ? s.score(clip.logMel(), clip.section()) : Double.NaN;
  }

  @Override
  public void write(ModelFiles.Builder files) throws IOException {
    NetworkFiles.write(network, files);
    new NetworkInputs(features, standardizer).write(files);
    files.putJson(REFERENCES, new References(references));
  }

  static EmbeddingModel read(ModelFiles files) throws IOException {
    NetworkInputs inputs = NetworkInputs.read(files);
    Map<String, ReferenceSet> refs = files.has(REFERENCES)
        ? files.json(REFERENCES, References.class).sections() : Map.of();
    return new EmbeddingModel(NetworkFiles.graph(files), inputs.standardizer(),
        inputs.features(), refs);
  }

  /** What {@value #REFERENCES} holds. */
  record References(Map<String, ReferenceSet> sections) {}
}
