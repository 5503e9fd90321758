package org.auscult.training.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.auscult.features.dsp.LogMelParameters;

/**
 * A trained model's {@value #FILE}: everything the stages need to know about it, for every kind
 * alike, written with snake_case keys. The kind's own files are listed in {@code files}.
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param kind the model kind's name
 * @param machines the machine types the model scores (one, or every type of its training data)
 * @param profile the training profile
 * @param seed the training seed
 * @param logMel the log-mel front end of the features it was trained on; scoring features must
 *     match
 * @param settings the kind's settings
 * @param dataFingerprint {@code DataFingerprint} of the clips it was fitted on
 * @param epochs epochs trained; 0 for a model fitted in one go
 * @param threshold the decision threshold
 * @param files the kind's files beside the manifest
 */
public record ModelManifest(int formatVersion, String kind, List<String> machines, String profile,
    long seed, LogMelParameters logMel, Map<String, Object> settings, String dataFingerprint,
    int epochs, SavedThreshold threshold, List<String> files) {

  /** The manifest's file name in a model folder. */
  public static final String FILE = "model.json";
  /**
   * The format this build writes and reads. Version 1 (until 2026-12) held DL4J networks only, with
   * the GMM and the supervised reference in formats of their own.
   */
  public static final int FORMAT_VERSION = 2;

  public ModelManifest {
    require(kind, "kind");
    require(machines, "machines");
    require(profile, "profile");
    require(logMel, "log_mel");
    require(dataFingerprint, "data_fingerprint");
    require(threshold, "threshold");
    machines = List.copyOf(machines);
    settings = settings == null ? Map.of() : Map.copyOf(settings);
    files = files == null ? List.of() : List.copyOf(files);
    if (machines.isEmpty()) {
      throw new IllegalArgumentException("a model manifest names at least one machine type");
    }
    if (epochs < 0) {
      throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
    }
  }

  /** True when the model scores clips of {@code machine}. */
  public boolean covers(String machine) {
    return machines.contains(machine);
  }

  /**
   * Reads a manifest, refusing every other format with a message that names {@code source} and the
   * version found.
   */
  public static ModelManifest parse(byte[] json, String source) throws ModelFormatException {
    JsonNode tree;
    try {
      tree = ManifestJson.mapper().readTree(json);
    } catch (JacksonException e) {
      throw new ModelFormatException("model " + source + ": " + FILE + " is not JSON: "
          + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new ModelFormatException("model " + source + ": " + FILE + " is unreadable", e);
    }
    int version = tree.path("format_version").asInt(-1);
    if (version != FORMAT_VERSION) {
      throw outdated(source, version < 0 ? "with no format_version" : "of format version "
          + version);
    }
    try {
      return ManifestJson.mapper().treeToValue(tree, ModelManifest.class);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new ModelFormatException("model " + source + ": malformed " + FILE + ": "
          + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()), e);
    }
  }

  /**
   * The error for a folder written by an earlier build: {@code found} says what it holds (e.g.
   * "of format version 1", "of the GMM's own format (gmm.json)").
   */
  public static ModelFormatException outdated(String source, String found) {
    return new ModelFormatException("model " + source + " is " + found + "; this build reads "
        + "format version " + FORMAT_VERSION + ": retrain it (train --model KIND --overwrite)");
  }

  private static void require(Object value, String key) {
    if (value == null) {
      throw new IllegalArgumentException("model manifest lacks '" + key + "'");
    }
  }

  /** The JSON of this manifest. */
  public byte[] toJson() {
    try {
      return ManifestJson.mapper().writeValueAsBytes(this);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write the manifest of a " + kind + " model", e);
    }
  }

  /** This manifest; fails unless it is of kind {@code expected}. */
  public ModelManifest requireKind(String expected, String source) throws ModelFormatException {
    if (!Objects.equals(kind, expected)) {
      throw new ModelFormatException("model " + source + " is a " + kind + " model, not " + expected);
    }
    return this;
  }
}
