package org.auscult.training.model;

/**
 * A model bundle that cannot be used: malformed manifest, a network of another kind than the
 * manifest says or than the caller expects, or features the model was not trained on. The message
 * names the bundle and both sides of any mismatch.
 */
public final class ModelBundleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelBundleException(String message) {
    super(message);
  }

  public ModelBundleException(String message, Throwable cause) {
    super(message, cause);
  }
}
