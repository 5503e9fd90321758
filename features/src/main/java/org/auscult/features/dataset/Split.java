package org.auscult.features.dataset;

/**
 * Which part of the data set a clip belongs to: normal training clips, test clips, or the
 * supplemental clips some years add (clean machine sound, noise only), which no model trains or is
 * scored on unless it asks for them.
 */
public enum Split {
  TRAIN("train"),
  TEST("test"),
  SUPPLEMENTAL("supplemental");

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
    throw new IllegalArgumentException("unknown split '" + token + "', expected train, test or supplemental");
  }

  @Override
  public String toString() {
    return token;
  }
}
