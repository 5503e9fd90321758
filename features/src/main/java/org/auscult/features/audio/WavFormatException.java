package org.auscult.features.audio;

import java.io.IOException;

/**
 * Bytes that are not a WAV file this reader can decode: the one exception {@link WavReader} throws
 * for anything wrong with its input. The message always reads {@code "<source>: <defect>"}.
 */
public final class WavFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String defect;

  public WavFormatException(String source, String defect) {
    super(source + ": " + defect);
    this.source = source;
    this.defect = defect;
  }

  /** Where the bytes came from, usually a path or URI. */
  public String source() {
    return source;
  }

  /** What is wrong with them, without the source. */
  public String defect() {
    return defect;
  }
}
