package org.auscult.training.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.auscult.training.model.ManifestJson;
import org.auscult.training.model.ModelFiles;
import org.auscult.training.model.ModelFormatException;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/** A DL4J network as a model file ({@value #NETWORK}: ModelSerializer's zip, no updater state). */
public final class NetworkFiles {
  /** The network's file name in a model. */
  public static final String NETWORK = "network.zip";

  private NetworkFiles() {}

  /** Adds {@code network} to {@code files}. */
  public static void write(Model network, ModelFiles.Builder files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelSerializer.writeModel(network, out, false);
    files.put(NETWORK, out.toByteArray());
  }

  /** The multi-layer network in {@code files}. */
  public static MultiLayerNetwork multiLayer(ModelFiles files) throws IOException {
    byte[] zip = files.bytes(NETWORK);
    if (isGraph(zip, files.source())) {
      throw new ModelFormatException("model " + files.source() + ": " + NETWORK
          + " holds a ComputationGraph, this kind needs a MultiLayerNetwork");
    }
    return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(zip), false);
  }

  /** The computation graph in {@code files}. */
  public static ComputationGraph graph(ModelFiles files) throws IOException {
    byte[] zip = files.bytes(NETWORK);
    if (!isGraph(zip, files.source())) {
      throw new ModelFormatException("model " + files.source() + ": " + NETWORK
          + " holds a MultiLayerNetwork, this kind needs a ComputationGraph");
    }
    return ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(zip), false);
  }

  /** True for a ComputationGraph zip, false for a MultiLayerNetwork one, by its configuration. */
  private static boolean isGraph(byte[] zip, String source) throws IOException {
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
    throw new ModelFormatException("model " + source + ": " + NETWORK
        + " is not a DL4J model zip (no configuration.json of a network)");
  }
}
