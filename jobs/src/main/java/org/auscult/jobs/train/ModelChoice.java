package org.auscult.jobs.train;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The model kinds the train stage makes ({@code --model}). */
public enum ModelChoice {
  AE("ae"),
  CLASSIFIER("classifier"),
  EMBEDDING("embedding"),
  GMM("gmm"),
  SUPERVISED("supervised");

  private final String token;

  ModelChoice(String token) {
    this.token = token;
  }

  /** The name used on the command line and as the model folder. */
  public String token() {
    return token;
  }

  /** True for the DL4J networks (trained epoch by epoch, with checkpoints). */
  public boolean isNetwork() {
    return this == AE || this == CLASSIFIER || this == EMBEDDING;
  }

  /** The choice named {@code token}; fails listing the valid names. */
  public static ModelChoice parse(String token) {
    for (ModelChoice m : values()) {
      if (m.token.equals(token)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown model '" + token + "', expected one of "
        + Arrays.stream(values()).map(ModelChoice::token).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return token;
  }
}
