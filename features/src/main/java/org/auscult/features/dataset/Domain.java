package org.auscult.features.dataset;

/** The recording condition of a clip: the section's source domain or its shifted target domain. */
public enum Domain implements NameToken {
  SOURCE, TARGET;

  /** The domain written as {@code token}; fails for anything else. */
  public static Domain fromToken(String token) {
    return NameToken.parse(Domain.class, token, "domain");
  }

  @Override
  public String toString() {
    return token();
  }
}
