package org.auscult.features.dataset;

/** The recording condition of a clip: the section's source domain or its shifted target domain. */
public enum Domain {
  SOURCE("source"),
  TARGET("target");

  private final String token;

  Domain(String token) {
    this.token = token;
  }

  /** The word used in file names and tables. */
  public String token() {
    return token;
  }

  /** The domain written as {@code token}; fails for anything else. */
  public static Domain fromToken(String token) {
    for (Domain d : values()) {
      if (d.token.equals(token)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown domain '" + token + "', expected source or target");
  }

  @Override
  public String toString() {
    return token;
  }
}
