package org.auscult.training.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.auscult.training.nets.CnnTrunkSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ModelBundleTest {
  private static final FeatureParameters FEATURES = FeatureParameters.baseline();
  private static final AutoencoderSettings AE = new AutoencoderSettings(3, 1e-3, 640, 16, 1, 4);

  private static ModelBundle autoencoder() {
    BundleManifest m = BundleManifest.of(ModelKind.AUTOENCODER, "fan", "quick", 3, FEATURES,
        new Standardizer(new float[640], filled(640, 2f)), ModelBundle.settingsObject(AE),
        "sha256:abc", 7, List.of());
    return new ModelBundle(m, AutoencoderFactory.build(AE));
  }

  private static float[] filled(int n, float v) {
    float[] a = new float[n];
    java.util.Arrays.fill(a, v);
    return a;
  }

  @Test
  void autoencoderRoundTripsThroughAFolder(@TempDir Path dir) throws IOException {
    ModelBundle saved = autoencoder();
    BundleManifest withThreshold = saved.manifest().withThreshold(
        new SavedThreshold(1.25, "gamma fit, 90th percentile"));
    saved = new ModelBundle(withThreshold, saved.network());
    saved.save(dir);

    ModelBundle back = ModelBundle.load(dir, ModelKind.AUTOENCODER, FEATURES);
    assertThat(back.manifest()).isEqualTo(saved.manifest());
    assertThat(back.networkSettings(AutoencoderSettings.class)).isEqualTo(AE);
    INDArray x = Nd4j.rand(DataType.FLOAT, 3, 640);
    assertThat(back.autoencoder().output(x)).isEqualTo(saved.autoencoder().output(x));
    String json = Files.readString(dir.resolve(ModelBundle.MANIFEST_FILE));
    assertThat(json).contains("\"kind\" : \"ae\"", "\"n_mels\" : 128", "\"context_frames\" : 5",
        "\"data_fingerprint\" : \"sha256:abc\"", "\"epochs_trained\" : 7", "\"value\" : 1.25");
  }

  @Test
  void embeddingRoundTripsThroughStreamsWithItsReferences() throws IOException {
    EmbeddingSettings es = new EmbeddingSettings(4, 1e-3, 8, 0.2,
        new CnnTrunkSettings(64, 128, List.of(4), 4, CnnTrunkSettings.Architecture.PLAIN, 2));
    ComputationGraph net = EmbeddingFactory.build(es);
    ReferenceSet refs = new ReferenceSet(new float[][] {{1, 0}, {0, 1}}, new float[][] {{0.6f, 0.8f}});
    BundleManifest m = BundleManifest.of(ModelKind.EMBEDDING, "valve", "quick", 4, FEATURES,
        new Standardizer(new float[128], filled(128, 1f)), ModelBundle.settingsObject(es),
        "sha256:def", 2, List.of("00|v1", "00|v2", "01|v1"))
        .withReferences(Map.of("00", refs));
    ModelBundle saved = new ModelBundle(m, net);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    saved.write(zip, json);
    zip.write(0); // still open: ModelBundle leaves the caller's streams alone

    ModelBundle back = ModelBundle.read(new ByteArrayInputStream(zip.toByteArray()),
        new ByteArrayInputStream(json.toByteArray()), "mem:");
    assertThat(back.manifest().references().get("00")).isEqualTo(refs);
    assertThat(back.manifest().classIndex("01|v1")).isEqualTo(2);
    assertThat(back.networkSettings(EmbeddingSettings.class)).isEqualTo(es);
    INDArray x = Nd4j.rand(DataType.FLOAT, 2, 1, 64, 128);
    assertThat(back.graph().outputSingle(x)).isEqualTo(net.outputSingle(x));
  }

  @Test
  void loadNamesTheMissingFile(@TempDir Path dir) throws IOException {
    autoencoder().save(dir);
    Files.delete(dir.resolve(ModelBundle.NETWORK_FILE));
    assertThatThrownBy(() -> ModelBundle.load(dir)).isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(dir.resolve("network.zip").toString())
        .hasMessageContaining("has no network.zip");
  }

  @Test
  void loadRefusesAnotherKindOrOtherFeatures(@TempDir Path dir) throws IOException {
    autoencoder().save(dir);
    assertThatThrownBy(() -> ModelBundle.load(dir, ModelKind.CLASSIFIER, FEATURES))
        .isInstanceOf(ModelBundleException.class)
        .hasMessage("model " + dir + ": expected a classifier model, got a ae model");
    FeatureParameters other = new FeatureParameters(16000, 1024, 512, 64, 5, 1, 64, 8);
    assertThatThrownBy(() -> ModelBundle.load(dir, ModelKind.AUTOENCODER, other))
        .isInstanceOf(ModelBundleException.class)
        .hasMessageContaining("n_mels is 128 in the model but 64 in the features");
    // a different training hop is fine: scoring uses every vector
    assertThat(ModelBundle.load(dir, ModelKind.AUTOENCODER, FEATURES.withContextHop(4))).isNotNull();
  }

  @Test
  void readRefusesANetworkOfAnotherKindThanTheManifest(@TempDir Path dir) throws IOException {
    autoencoder().save(dir);
    String json = Files.readString(dir.resolve(ModelBundle.MANIFEST_FILE))
        .replace("\"kind\" : \"ae\"", "\"kind\" : \"classifier\"")
        .replace("\"classes\" : [ ]", "\"classes\" : [ \"a\", \"b\" ]");
    Files.writeString(dir.resolve(ModelBundle.MANIFEST_FILE), json);
    assertThatThrownBy(() -> ModelBundle.load(dir)).isInstanceOf(ModelBundleException.class)
        .hasMessageContaining("the manifest says classifier (a ComputationGraph) but network.zip "
            + "holds a MultiLayerNetwork");
  }

  @Test
  void malformedManifestsNameTheProblem(@TempDir Path dir) throws IOException {
    autoencoder().save(dir);
    Path json = dir.resolve(ModelBundle.MANIFEST_FILE);
    String good = Files.readString(json);
    Files.writeString(json, good.replace("\"profile\"", "\"profil\""));
    assertThatThrownBy(() -> ModelBundle.load(dir)).isInstanceOf(ModelBundleException.class)
        .hasMessageContaining("profil");
    Files.writeString(json, good.replace("\"format_version\" : 1", "\"format_version\" : 9"));
    assertThatThrownBy(() -> ModelBundle.load(dir)).hasMessageContaining("format_version 9");
    Files.writeString(json, good.replace("\"kind\" : \"ae\"", "\"kind\" : \"gmm\""));
    assertThatThrownBy(() -> ModelBundle.load(dir)).hasMessageContaining("unknown model kind 'gmm'");
  }

  @Test
  void bundleRefusesANetworkOfTheWrongType() {
    BundleManifest m = autoencoder().manifest();
    MultiLayerNetwork mln = AutoencoderFactory.build(AE);
    BundleManifest classifier = new BundleManifest(1, ModelKind.CLASSIFIER, null, "quick", 1,
        m.features(), m.standardizer(), Map.of(), "x", 0, null, List.of("a", "b"), Map.of());
    assertThatThrownBy(() -> new ModelBundle(classifier, mln))
        .hasMessageContaining("a classifier model needs a ComputationGraph, got a MultiLayerNetwork");
  }
}
