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
import org.auscult.training.model.ModelFormatException;
import org.auscult.training.nets.EmbeddingFactory;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained embedding network with every section's references. A clip of any length is embedded
 * as the mean of its training-length windows: of their unit-norm embeddings for cosine references,
 * of their clip vectors (the embedding before normalisation) for whitened ones. Not thread-safe.
 */
final class EmbeddingModel implements AnomalyModel {
  /** The references' file in a model. */
  static final String REFERENCES = "references.json";
  private static final String EMBEDDINGS = "embedding";
  private static final String CLIP_VECTORS = "clip_vector";

  private final ComputationGraph network;
  private final Standardizer standardizer;
  private final FeatureParameters features;
  private final Map<String, SectionReferences> references;
  private final boolean clipVectors;

  /** {@code clipVectors}: references are of clip vectors, not of unit-norm embeddings. */
  EmbeddingModel(Model network, Standardizer standardizer, FeatureParameters features,
      Map<String, SectionReferences> references, boolean clipVectors) {
    this.network = (ComputationGraph) network;
    this.standardizer = standardizer;
    this.features = features;
    this.references = Map.copyOf(references);
    this.clipVectors = clipVectors;
  }

  /** The inputs the network was trained on, as saved with it. */
  FeatureParameters features() {
    return features;
  }

  /** The same network with {@code sections} as its references. */
  EmbeddingModel withReferences(Map<String, SectionReferences> sections) {
    return new EmbeddingModel(network, standardizer, features, sections, clipVectors);
  }

  /**
   * The clip's vector as its references are: the mean of its training-length windows' unit-norm
   * embeddings, or of their clip vectors (a window is what the network learned from; a whole
   * clip's maximum over time would be another thing).
   */
  float[] embedding(Clip clip) {
    INDArray windows = ClipWindows.trainingWindows(clip.logMel(), clip.nMels(),
        features.patchFrames(), standardizer);
    INDArray out = clipVectors
        ? network.feedForward(windows, false).get(EmbeddingFactory.CLIP_VECTOR)
        : network.outputSingle(false, windows);
    return out.mean(0).castTo(DataType.FLOAT).toFloatVector();
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
    files.putJson(REFERENCES, new References(references,
        clipVectors ? CLIP_VECTORS : EMBEDDINGS));
  }

  static EmbeddingModel read(ModelFiles files) throws IOException {
    NetworkInputs inputs = NetworkInputs.read(files);
    References refs = references(files);
    return new EmbeddingModel(NetworkFiles.graph(files), inputs.standardizer(),
        inputs.features(), refs.sections(), CLIP_VECTORS.equals(refs.vector()));
  }

  /**
   * The model's references, checked: models saved before whitened references have no vector,
   * and theirs are embeddings; whitened sections go with clip vectors, cosine ones with embeddings.
   */
  static References references(ModelFiles files) throws ModelFormatException {
    if (!files.has(REFERENCES)) {
      return new References(Map.of(), EMBEDDINGS);
    }
    References refs = files.json(REFERENCES, References.class);
    String vector = refs.vector() == null ? EMBEDDINGS : refs.vector();
    if (!vector.equals(EMBEDDINGS) && !vector.equals(CLIP_VECTORS)) {
      throw new ModelFormatException("model " + files.source() + ": " + REFERENCES
          + ": vector must be " + EMBEDDINGS + " or " + CLIP_VECTORS + ", got " + vector);
    }
    for (var e : (refs.sections() == null ? Map.<String, SectionReferences>of()
        : refs.sections()).entrySet()) {
      if ((e.getValue().whitening() != null) != vector.equals(CLIP_VECTORS)) {
        throw new ModelFormatException("model " + files.source() + ": " + REFERENCES
            + ": section " + e.getKey() + " is " + (e.getValue().whitening() == null ? "not " : "")
            + "whitened, and the references are of " + vector + "s");
      }
    }
    return new References(refs.sections() == null ? Map.of() : refs.sections(), vector);
  }

  /**
   * What {@value #REFERENCES} holds.
   *
   * @param vector which vector of a clip the references are of: {@value #EMBEDDINGS} or
   *     {@value #CLIP_VECTORS}
   */
  record References(Map<String, SectionReferences> sections, String vector) {}
}
