package org.auscult.features.extract;

/** A clip that cannot be turned into features; the message is the reason, the path is separate. */
public final class BadClipException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String path;

  public BadClipException(String path, String reason) {
    super(reason);
    this.path = path;
  }

  /** The clip's path. */
  public String path() {
    return path;
  }

  /** Why the clip is bad, without the path. */
  public String reason() {
    return getMessage();
  }
}
