package org.auscult.features.dataset;

/** Ground truth of a clip: normal operation or a fault. */
public enum Label {
  NORMAL("normal"),
  ANOMALY("anomaly");

  private final String token;

  Label(String token) {
    this.token = token;
  }

  /** The word used in file names. */
  public String token() {
    return token;
  }

  /** The label written as {@code token}; fails for anything else. */
  public static Label fromToken(String token) {
    for (Label l : values()) {
      if (l.token.equals(token)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown label '" + token + "', expected normal or anomaly");
  }

  @Override
  public String toString() {
    return token;
  }
}
