package org.auscult.training.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The trained models, named as in settings files and model manifests. */
public enum ModelKind {
  /** The DCASE autoencoder baseline (a DL4J MultiLayerNetwork). */
  AUTOENCODER("ae"),
  /** The section classifier CNN (a ComputationGraph). */
  CLASSIFIER("classifier"),
  /** The triplet-loss embedding CNN (a ComputationGraph). */
  EMBEDDING("embedding");

  private final String token;

  ModelKind(String token) {
    this.token = token;
  }

  /** The name used in files and settings. */
  @JsonValue
  public String token() {
    return token;
  }

  /** The kind named {@code token}; fails listing the valid names. */
  @JsonCreator
  public static ModelKind fromToken(String token) {
    for (ModelKind k : values()) {
      if (k.token.equals(token)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown model kind '" + token
        + "', expected ae, classifier or embedding");
  }

  @Override
  public String toString() {
    return token;
  }
}
