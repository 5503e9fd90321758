package org.auscult.features.dataset;

/**
 * Which part of the data set a clip belongs to: normal training clips, test clips, or the
 * supplemental clips some years add (clean machine sound, noise only), which no model trains or is
 * scored on unless it asks for them.
 */
public enum Split implements NameToken {
  TRAIN, TEST, SUPPLEMENTAL;

  /** The split written as {@code token}; fails for anything else. */
  public static Split fromToken(String token) {
    return NameToken.parse(Split.class, token, "split");
  }

  @Override
  public String toString() {
    return token();
  }
}
