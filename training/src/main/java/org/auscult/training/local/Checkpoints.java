package org.auscult.training.local;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.auscult.training.model.ManifestJson;
import org.auscult.training.model.ModelKind;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * A folder of per-epoch checkpoints: {@code epoch-0007.zip} (the network with its updater state,
 * so Adam continues where it stopped) and {@code epoch-0007.json} ({@link CheckpointInfo}). Each
 * file is written to a temporary name and moved into place, the JSON last, so a JSON marks a
 * complete checkpoint even if the process was killed while writing.
 */
public final class Checkpoints {
  private static final Pattern JSON = Pattern.compile("epoch-(\\d{4,})\\.json");

  private final Path dir;

  public Checkpoints(Path dir) {
    this.dir = dir;
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** Saves the network after {@code info.epoch()} and keeps only the newest {@code keep}. */
  public void write(Model network, CheckpointInfo info, int keep) throws IOException {
    Files.createDirectories(dir);
    String base = String.format(Locale.ROOT, "epoch-%04d", info.epoch());
    Path zipTmp = dir.resolve(base + ".zip.tmp");
    ModelSerializer.writeModel(network, zipTmp.toFile(), true);
    move(zipTmp, dir.resolve(base + ".zip"));
    Path jsonTmp = dir.resolve(base + ".json.tmp");
    ManifestJson.mapper().writeValue(jsonTmp.toFile(), info);
    move(jsonTmp, dir.resolve(base + ".json"));
    List<Integer> epochs = epochs();
    for (int i = 0; i < epochs.size() - keep; i++) {
      String old = String.format(Locale.ROOT, "epoch-%04d", epochs.get(i));
      Files.deleteIfExists(dir.resolve(old + ".json"));
      Files.deleteIfExists(dir.resolve(old + ".zip"));
    }
  }

  /** The newest complete checkpoint's info, if any. */
  public Optional<CheckpointInfo> latest() throws IOException {
    List<Integer> epochs = epochs();
    for (int i = epochs.size() - 1; i >= 0; i--) {
      Path json = jsonOf(epochs.get(i));
      if (Files.isRegularFile(zipOf(epochs.get(i)))) {
        return Optional.of(ManifestJson.mapper().readValue(json.toFile(), CheckpointInfo.class));
      }
    }
    return Optional.empty();
  }

  /** The network saved at {@code epoch}, with its updater state. */
  public Model load(int epoch, ModelKind kind) throws IOException {
    Path zip = zipOf(epoch);
    if (!Files.isRegularFile(zip)) {
      throw new java.nio.file.NoSuchFileException(zip.toString(), null, "no checkpoint of epoch "
          + epoch);
    }
    if (kind == ModelKind.AUTOENCODER) {
      MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
      return net;
    }
    ComputationGraph graph = ModelSerializer.restoreComputationGraph(zip.toFile(), true);
    return graph;
  }

  /** Epochs with a checkpoint JSON, ascending. */
  List<Integer> epochs() throws IOException {
    List<Integer> epochs = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return epochs;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(p -> {
        Matcher m = JSON.matcher(p.getFileName().toString());
        if (m.matches()) {
          epochs.add(Integer.parseInt(m.group(1)));
        }
      });
    }
    epochs.sort(null);
    return epochs;
  }

  private Path zipOf(int epoch) {
    return dir.resolve(String.format(Locale.ROOT, "epoch-%04d.zip", epoch));
  }

  private Path jsonOf(int epoch) {
    return dir.resolve(String.format(Locale.ROOT, "epoch-%04d.json", epoch));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
