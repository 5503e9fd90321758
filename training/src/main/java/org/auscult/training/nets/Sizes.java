package org.auscult.training.nets;

import java.util.List;

/** Argument checks shared by the settings records, so each fails naming its field. */
final class Sizes {
  private Sizes() {}

  static void positive(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }

  static void positiveAll(String name, List<Integer> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(name + " must list at least one size, got " + values);
    }
    for (Integer v : values) {
      if (v == null || v <= 0) {
        throw new IllegalArgumentException(name + " must hold sizes > 0, got " + values);
      }
    }
  }
}
