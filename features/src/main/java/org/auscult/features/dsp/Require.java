package org.auscult.features.dsp;

/** Argument checks shared by the array functions of this package; messages name the argument. */
final class Require {

  private Require() {
  }

  static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
    }
  }

  static void length(String name, int length, long needed) {
    if (length < needed) {
      throw new IllegalArgumentException(name + " must hold at least " + needed + " values, has " + length);
    }
  }
}
