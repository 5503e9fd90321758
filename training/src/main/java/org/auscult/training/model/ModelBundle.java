package org.auscult.training.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.auscult.training.inputs.FeatureParameters;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * A trained model: its DL4J network and its {@link BundleManifest}. On disk, a folder with
 * {@value #NETWORK_FILE} (ModelSerializer's zip, without updater state) and {@value #MANIFEST_FILE}.
 *
 * <p>The stream methods take and return open streams and never close them, so a Spark job can pass
 * Hadoop {@code FSDataInputStream}/{@code FSDataOutputStream}s; the {@link Path} methods are for
 * local folders. Loading checks that the network is the kind the manifest says (a MultiLayerNetwork
 * for {@code ae}, a ComputationGraph otherwise) and, when asked, the kind and feature parameters the
 * caller expects.
 *
 * <p>The network is not thread-safe: share a bundle between threads only for reading its manifest;
 * give each scoring thread (each Spark partition) its own loaded copy.
 */
public final class ModelBundle {
  /** File name of the DL4J model inside a bundle folder. */
  public static final String NETWORK_FILE = "network.zip";
  /** File name of the manifest inside a bundle folder. */
  public static final String MANIFEST_FILE = "model.json";

  private final BundleManifest manifest;
  private final Model network;

  /** Pairs a network with its manifest; fails if the network is not the manifest's kind. */
  public ModelBundle(BundleManifest manifest, Model network) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.network = Objects.requireNonNull(network, "network");
    boolean graph = network instanceof ComputationGraph;
    if (expectsGraph(manifest.kind()) != graph) {
      throw new ModelBundleException("a " + manifest.kind() + " model needs a "
          + networkTypeOf(manifest.kind()) + ", got a " + network.getClass().getSimpleName());
    }
  }

  public BundleManifest manifest() {
    return manifest;
  }

  /** The network as DL4J's common type. */
  public Model network() {
    return network;
  }

  /** The autoencoder's network; fails for other kinds. */
  public MultiLayerNetwork autoencoder() {
    requireKind(ModelKind.AUTOENCODER);
    return (MultiLayerNetwork) network;
  }

  /** The classifier's or embedding's graph; fails for the autoencoder. */
  public ComputationGraph graph() {
    if (!(network instanceof ComputationGraph g)) {
      throw new ModelBundleException("a " + manifest.kind() + " model has no ComputationGraph");
    }
    return g;
  }

  /** Fails unless this is a {@code kind} model. */
  public ModelBundle requireKind(ModelKind kind) {
    if (manifest.kind() != kind) {
      throw new ModelBundleException("expected a " + kind + " model, got a " + manifest.kind()
          + " model");
    }
    return this;
  }

  /** Fails unless {@code features} are computed the way this model's training inputs were. */
  public ModelBundle requireCompatible(FeatureParameters features) {
    try {
      manifest.features().requireSameInputs(features);
    } catch (IllegalArgumentException e) {
      throw new ModelBundleException(e.getMessage(), e);
    }
    return this;
  }

  /** Writes the network zip and the manifest JSON; leaves both streams open. */
  public void write(OutputStream networkZip, OutputStream manifestJson) throws IOException {
    ModelSerializer.writeModel(network, new KeepOpen(networkZip), false);
    networkZip.flush();
    ManifestJson.mapper().writeValue(manifestJson, manifest);
    manifestJson.flush();
  }

  /**
   * Reads a bundle; {@code source} names it in error messages (a path or URI). Leaves both streams
   * open.
   *
   * @throws ModelBundleException for a malformed manifest or a network of another kind
   */
  public static ModelBundle read(InputStream networkZip, InputStream manifestJson, String source)
      throws IOException {
    BundleManifest manifest;
    try {
      manifest = ManifestJson.mapper().readValue(manifestJson, BundleManifest.class);
    } catch (JacksonException e) {
      throw new ModelBundleException("malformed model manifest " + source + "/" + MANIFEST_FILE
          + ": " + e.getOriginalMessage(), e);
    }
    byte[] zip = networkZip.readAllBytes();
    boolean graph = isGraphZip(zip, source);
    if (graph != expectsGraph(manifest.kind())) {
      throw new ModelBundleException("model " + source + ": the manifest says " + manifest.kind()
          + " (a " + networkTypeOf(manifest.kind()) + ") but " + NETWORK_FILE + " holds a "
          + (graph ? "ComputationGraph" : "MultiLayerNetwork"));
    }
    Model network = graph
        ? ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(zip), false)
        : ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(zip), false);
    return new ModelBundle(manifest, network);
  }

  /** Writes {@value #NETWORK_FILE} and {@value #MANIFEST_FILE} into {@code dir}, creating it. */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream zip = Files.newOutputStream(dir.resolve(NETWORK_FILE));
        OutputStream json = Files.newOutputStream(dir.resolve(MANIFEST_FILE))) {
      write(zip, json);
    }
  }

  /** Loads the bundle in {@code dir}. */
  public static ModelBundle load(Path dir) throws IOException {
    Path zipFile = dir.resolve(NETWORK_FILE);
    Path jsonFile = dir.resolve(MANIFEST_FILE);
    for (Path p : new Path[] {zipFile, jsonFile}) {
      if (!Files.isRegularFile(p)) {
        throw new NoSuchFileException(p.toString(), null, "model bundle " + dir + " has no "
            + p.getFileName() + " (expected " + NETWORK_FILE + " and " + MANIFEST_FILE
            + " written by ModelBundle.save)");
      }
    }
    try (InputStream zip = Files.newInputStream(zipFile);
        InputStream json = Files.newInputStream(jsonFile)) {
      return read(zip, json, dir.toString());
    }
  }

  /** Loads the bundle in {@code dir} and checks its kind and feature parameters. */
  public static ModelBundle load(Path dir, ModelKind expectedKind, FeatureParameters features)
      throws IOException {
    ModelBundle b = load(dir);
    try {
      return b.requireKind(expectedKind).requireCompatible(features);
    } catch (ModelBundleException e) {
      throw new ModelBundleException("model " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The factory settings record saved in the manifest, read back as {@code type}. */
  public <T> T networkSettings(Class<T> type) {
    return ManifestJson.mapper().convertValue(manifest.networkSettings(), type);
  }

  /**
   * A settings record as the JSON object the manifest stores; through JSON text, so numbers take
   * the types they have after a reload (a small {@code long} comes back an {@code Integer}).
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> settingsObject(Object settingsRecord) {
    try {
      return ManifestJson.mapper().readValue(
          ManifestJson.mapper().writeValueAsBytes(settingsRecord), Map.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + settingsRecord + " as JSON", e);
    }
  }

  private static boolean expectsGraph(ModelKind kind) {
    return kind != ModelKind.AUTOENCODER;
  }

  private static String networkTypeOf(ModelKind kind) {
    return expectsGraph(kind) ? "ComputationGraph" : "MultiLayerNetwork";
  }

  /** True for a ComputationGraph zip, false for a MultiLayerNetwork one, by its configuration. */
  private static boolean isGraphZip(byte[] zip, String source) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("configuration.json")) {
          JsonNode conf = ManifestJson.mapper().readTree(
              new String(in.readAllBytes(), StandardCharsets.UTF_8));
          if (conf.has("vertices")) {
            return true;
          }
          if (conf.has("confs")) {
            return false;
          }
          break;
        }
      }
    }
    throw new ModelBundleException(source + "/" + NETWORK_FILE
        + " is not a DL4J model zip (no configuration.json of a network)");
  }

  /** Shields a caller's stream from ModelSerializer's close. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
