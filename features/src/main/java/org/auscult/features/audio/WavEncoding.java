package org.auscult.features.audio;

/** How a WAV file stores its samples. */
public enum WavEncoding {
  /** Integer PCM: 8-bit unsigned (offset 128), 16/24/32-bit signed two's complement. */
  PCM,
  /** IEEE 754 floating point, 32 or 64 bits, nominally in [-1, 1]. */
  IEEE_FLOAT
}
