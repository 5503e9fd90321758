package org.auscult.features.synth;

import java.util.Locale;
import org.auscult.features.dataset.Attribute;
import org.auscult.features.dataset.ClipName;

/** Reads the attribute values a sound model needs from a clip name, failing with a precise message. */
final class ClipAttributes {
  private ClipAttributes() {
  }

  /** True when the name has attribute {@code key}. */
  static boolean has(ClipName name, String key) {
    for (Attribute a : name.attributePairs()) {
      if (a.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The value of {@code key}; fails naming the clip and the key when it is missing. */
  static String text(ClipName name, String key) {
    for (Attribute a : name.attributePairs()) {
      if (a.key().equals(key)) {
        return a.value();
      }
    }
    throw new IllegalArgumentException("clip " + name + " has no attribute '" + key
        + "' (section " + name.sectionId() + " of this machine needs it)");
  }

  /** The value of {@code key} or {@code fallback} when the name has none. */
  static String text(ClipName name, String key, String fallback) {
    return has(name, key) ? text(name, key) : fallback;
  }

  /** The numeric value of {@code key}, a trailing unit letter such as the V of {@code 28V} ignored. */
  static double number(ClipName name, String key) {
    String v = text(name, key);
    String digits = v.toUpperCase(Locale.ROOT).endsWith("V") ? v.substring(0, v.length() - 1) : v;
    try {
      return Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("clip " + name + ": attribute '" + key
          + "' should be a number, got '" + v + "'", e);
    }
  }
}
