package org.auscult.features.synth;

/** Decibel conversions through {@link StrictMath}, so levels are the same on every JVM. */
final class Decibels {
  private Decibels() {
  }

  /** The amplitude factor of {@code db} decibels. */
  static double toGain(double db) {
    return StrictMath.pow(10.0, db / 20.0);
  }
}
