package org.auscult.training.model;

import java.io.IOException;

/** A model folder or file that is not what this build reads; the message names it. */
public final class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public ModelFormatException(String message) {
    super(message);
  }

  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
