package org.auscult.features.dataset;

/** A file name that is not a clip name of the DCASE 2022 layout. */
public final class MalformedClipNameException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String fileName;

  public MalformedClipNameException(String fileName, String defect) {
    super("not a DCASE clip name: '" + fileName + "': " + defect);
    this.fileName = fileName;
  }

  /** The name that failed to parse. */
  public String fileName() {
    return fileName;
  }
}
