package org.auscult.features.dataset;

import java.io.IOException;

/** An {@code attributes_SS.csv} file that does not have the expected form. */
public final class AttributesFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int line;

  /**
   * @param source the file, as a path or URI
   * @param line the 1-based line the defect is on; 0 for the file as a whole
   * @param defect what is wrong and what was expected
   */
  public AttributesFormatException(String source, int line, String defect) {
    super(source + (line > 0 ? " line " + line : "") + ": " + defect);
    this.line = line;
  }

  /** The 1-based line of the defect; 0 for the file as a whole. */
  public int line() {
    return line;
  }
}
