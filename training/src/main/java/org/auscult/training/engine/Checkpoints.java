package org.auscult.training.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.training.model.ManifestJson;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

/**
 * A network's checkpoints, on any Hadoop file system: after every epoch the network with its
 * updater state (so Adam continues where it stopped), the loss history so far and the fingerprint
 * of the data it was trained on. Each file is written under a temporary name and renamed, and
 * {@value #LATEST} is replaced last, so a run killed at any moment leaves the previous checkpoint
 * usable. A resume on other data is refused.
 */
public final class Checkpoints {
  private static final String LATEST = "latest.json";
  private static final int KEEP = 2;

  private final FileSystem fs;
  private final Path dir;

  /** The checkpoint state recorded in {@value #LATEST}. */
  public record State(int epoch, String modelFile, boolean graph, String dataFingerprint,
      List<EpochRecord> history) {}

  /** A restored checkpoint. */
  public record Restored(Model network, State state) {}

  public Checkpoints(FileSystem fs, Path dir) {
    this.fs = fs;
    this.dir = dir;
  }

  /** The folder, for messages. */
  public String location() {
    return dir.toString();
  }

  /** Saves the network after {@code history}'s last epoch and drops older checkpoints. */
  public void save(Model network, String dataFingerprint, List<EpochRecord> history)
      throws IOException {
    int epoch = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
    fs.mkdirs(dir);
    String name = String.format(Locale.ROOT, "epoch-%04d.zip", epoch);
    Path tmp = new Path(dir, "." + name + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      ModelSerializer.writeModel(network, out, true);
    }
    replace(tmp, new Path(dir, name));
    State state = new State(epoch, name, network instanceof ComputationGraph, dataFingerprint,
        List.copyOf(history));
    Path tmpState = new Path(dir, "." + LATEST + ".tmp");
    try (OutputStream out = fs.create(tmpState, true)) {
      ManifestJson.mapper().writeValue(out, state);
    }
    replace(tmpState, new Path(dir, LATEST));
    deleteOlderThan(epoch - KEEP + 1);
  }

  /**
   * The last checkpoint, if any.
   *
   * @throws IOException when it was trained on other data than {@code dataFingerprint}, or is
   *     unreadable, naming the folder
   */
  public Optional<Restored> latest(String dataFingerprint) throws IOException {
    Path latest = new Path(dir, LATEST);
    if (!fs.exists(latest)) {
      return Optional.empty();
    }
    State state;
    try (InputStream in = fs.open(latest)) {
      state = ManifestJson.mapper().readValue(in, State.class);
    }
    if (!state.dataFingerprint().equals(dataFingerprint)) {
      throw new IOException("checkpoint " + dir + " was trained on data " + state.dataFingerprint()
          + ", this run has " + dataFingerprint + "; resume on the same features, or --overwrite");
    }
    Path model = new Path(dir, state.modelFile());
    try (InputStream in = fs.open(model)) {
      Model m = state.graph() ? ModelSerializer.restoreComputationGraph(in, true)
          : ModelSerializer.restoreMultiLayerNetwork(in, true);
      return Optional.of(new Restored(m, state));
    } catch (IOException e) {
      throw new IOException("checkpoint " + model + " named by " + latest + " is unreadable", e);
    }
  }

  private void replace(Path tmp, Path target) throws IOException {
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      throw new IOException("could not rename " + tmp + " to " + target);
    }
  }

  private void deleteOlderThan(int epoch) throws IOException {
    List<Path> old = new ArrayList<>();
    for (var status : fs.listStatus(dir)) {
      String n = status.getPath().getName();
      if (n.matches("epoch-\\d{4}\\.zip") && Integer.parseInt(n.substring(6, 10)) < epoch) {
        old.add(status.getPath());
      }
    }
    for (Path p : old) {
      fs.delete(p, false);
    }
  }
}
