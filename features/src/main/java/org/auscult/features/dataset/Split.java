package org.auscult.features.dataset;

/** Which half of the data set a clip belongs to: normal training clips or labelled test clips. */
public enum Split {
  TRAIN("train"),
  TEST("test");

  private final String token;

  Split(String token) {
    this.token = token;
  }

  /** The word used in file names and folder names. */
  public String token() {
    return token;
  }

  /** The split written as {@code token}; fails for anything else. */
  public static Split fromToken(String token) {
    for (Split s : values()) {
      if (s.token.equals(token)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown split '" + token + "', expected train or test");
  }

  @Override
  public String toString() {
    return token;
  }
}
