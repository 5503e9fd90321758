package org.auscult.training.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;

/**
 * Everything about a trained model except its weights: the {@code model.json} of a
 * {@link ModelBundle}, written with snake_case keys.
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param kind which network this is
 * @param machineType the machine type the model was trained for, or {@code null} for all
 * @param profile the training profile ({@code quick}, {@code baseline}, ...)
 * @param seed the training seed
 * @param features how the inputs were computed; scoring features must match
 * @param standardizer the input standardisation fitted on the training clips
 * @param networkSettings the factory's settings record, as a JSON object
 * @param dataFingerprint {@code DataFingerprint} of the training clips
 * @param epochsTrained epochs the weights have seen
 * @param threshold the decision threshold, or {@code null} until fitted
 * @param classes class names by index (classifier: sections; embedding: (section, attribute)
 *     groups); empty for the autoencoder
 * @param references the embedding scorer's reference sets by section key; empty otherwise
 */
public record BundleManifest(int formatVersion, ModelKind kind, String machineType, String profile,
    long seed, FeatureParameters features, Standardizer standardizer,
    Map<String, Object> networkSettings, String dataFingerprint, int epochsTrained,
    SavedThreshold threshold, List<String> classes, Map<String, ReferenceSet> references) {

  /** The manifest format this code writes and reads. */
  public static final int FORMAT_VERSION = 1;

  public BundleManifest {
    if (formatVersion != FORMAT_VERSION) {
      throw new IllegalArgumentException("unsupported model manifest format_version "
          + formatVersion + ", this build reads " + FORMAT_VERSION);
    }
    require(kind, "kind");
    require(profile, "profile");
    require(features, "features");
    require(standardizer, "standardizer");
    require(dataFingerprint, "data_fingerprint");
    networkSettings = networkSettings == null ? Map.of() : Map.copyOf(networkSettings);
    classes = classes == null ? List.of() : List.copyOf(classes);
    references = references == null ? Map.of() : Map.copyOf(references);
    if (epochsTrained < 0) {
      throw new IllegalArgumentException("epochs_trained must be >= 0, got " + epochsTrained);
    }
    if (kind != ModelKind.AUTOENCODER && classes.size() < 2) {
      throw new IllegalArgumentException("a " + kind + " model needs at least 2 class names, got "
          + classes);
    }
  }

  /** A manifest of the current format, without threshold or references. */
  public static BundleManifest of(ModelKind kind, String machineType, String profile, long seed,
      FeatureParameters features, Standardizer standardizer, Map<String, Object> networkSettings,
      String dataFingerprint, int epochsTrained, List<String> classes) {
    return new BundleManifest(FORMAT_VERSION, kind, machineType, profile, seed, features,
        standardizer, networkSettings, dataFingerprint, epochsTrained, null, classes, Map.of());
  }

  /** The same with a decision threshold. */
  public BundleManifest withThreshold(SavedThreshold t) {
    return new BundleManifest(formatVersion, kind, machineType, profile, seed, features,
        standardizer, networkSettings, dataFingerprint, epochsTrained, t, classes, references);
  }

  /** The same with the embedding scorer's reference sets. */
  public BundleManifest withReferences(Map<String, ReferenceSet> r) {
    return new BundleManifest(formatVersion, kind, machineType, profile, seed, features,
        standardizer, networkSettings, dataFingerprint, epochsTrained, threshold, classes, r);
  }

  private static void require(Object value, String key) {
    if (value == null) {
      throw new IllegalArgumentException("model manifest lacks '" + key + "'");
    }
  }

  /** Index of class {@code name}; fails naming the known classes. */
  public int classIndex(String name) {
    int i = classes.indexOf(Objects.requireNonNull(name, "name"));
    if (i < 0) {
      throw new IllegalArgumentException("class '" + name + "' is not one of the model's classes "
          + classes);
    }
    return i;
  }
}
