package org.auscult.jobs.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.jobs.io.OutputFileSystems;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

/**
 * A model's checkpoints: after every epoch the network with its updater state and the loss history
 * so far. Each file is written under a temporary name and renamed, and {@code latest.json} is
 * replaced last, so a run killed at any moment leaves the previous checkpoint usable.
 */
public final class CheckpointStore {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final String LATEST = "latest.json";
  private static final int KEEP = 2;

  private final FileSystem fs;
  private final Path dir;

  /** The checkpoint state recorded in {@code latest.json}. */
  public record State(int epoch, String modelFile, boolean graph, List<EpochRecord> history) {}

  /** A restored checkpoint. */
  public record Restored(Model model, State state) {}

  public CheckpointStore(Configuration conf, String directory) throws IOException {
    this.dir = new Path(directory);
    this.fs = OutputFileSystems.of(dir, conf);
  }

  /** Saves the model after {@code history}'s last epoch and drops older checkpoints. */
  public void save(Model model, List<EpochRecord> history) throws IOException {
    int epoch = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
    fs.mkdirs(dir);
    String name = String.format("epoch-%04d.zip", epoch);
    Path tmp = new Path(dir, "." + name + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      ModelSerializer.writeModel(model, out, true);
    }
    Path target = new Path(dir, name);
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      throw new IOException("could not rename " + tmp + " to " + target);
    }
    State state = new State(epoch, name, model instanceof ComputationGraph, List.copyOf(history));
    Path tmpState = new Path(dir, "." + LATEST + ".tmp");
    try (OutputStream out = fs.create(tmpState, true)) {
      JSON.writeValue(out, state);
    }
    fs.delete(new Path(dir, LATEST), false);
    if (!fs.rename(tmpState, new Path(dir, LATEST))) {
      throw new IOException("could not rename " + tmpState + " to " + LATEST);
    }
    deleteOlderThan(epoch - KEEP + 1);
  }

  /** The last checkpoint, if any. */
  public Optional<Restored> latest() throws IOException {
    Path latest = new Path(dir, LATEST);
    if (!fs.exists(latest)) {
      return Optional.empty();
    }
    State state;
    try (InputStream in = fs.open(latest)) {
      state = JSON.readValue(in, State.class);
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

  /** Removes every checkpoint file. */
  public void clear() throws IOException {
    fs.delete(dir, true);
  }

  private void deleteOlderThan(int epoch) throws IOException {
    if (!fs.exists(dir)) {
      return;
    }
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
