package org.auscult.features.dataset;

/** Ground truth of a clip: normal operation or a fault. */
public enum Label implements NameToken {
  NORMAL, ANOMALY;

  /** The label written as {@code token}; fails for anything else. */
  public static Label fromToken(String token) {
    return NameToken.parse(Label.class, token, "label");
  }

  @Override
  public String toString() {
    return token();
  }
}
