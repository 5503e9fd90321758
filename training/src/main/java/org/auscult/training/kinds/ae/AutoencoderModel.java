package org.auscult.training.kinds.ae;

import java.io.IOException;
import org.auscult.training.engine.NetworkFiles;
import org.auscult.training.engine.NetworkInputs;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.model.ModelFiles;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** A trained autoencoder: its network and how its inputs are made. Not thread-safe. */
final class AutoencoderModel implements AnomalyModel {
  private final MultiLayerNetwork network;
  private final Standardizer standardizer;
  private final FeatureParameters features;

  AutoencoderModel(org.deeplearning4j.nn.api.Model network, Standardizer standardizer,
      FeatureParameters features) {
    this.network = (MultiLayerNetwork) network;
    this.standardizer = standardizer;
    this.features = features;
  }

  @Override
  public ClipScorer scorer() {
    AutoencoderScorer s = new AutoencoderScorer(network, standardizer, features);
    return clip -> s.score(clip.logMel());
  }

  @Override
  public void write(ModelFiles.Builder files) throws IOException {
    NetworkFiles.write(network, files);
    new NetworkInputs(features, standardizer).write(files);
  }

  static AutoencoderModel read(ModelFiles files) throws IOException {
    NetworkInputs inputs = NetworkInputs.read(files);
    return new AutoencoderModel(NetworkFiles.multiLayer(files), inputs.standardizer(),
        inputs.features());
  }
}
