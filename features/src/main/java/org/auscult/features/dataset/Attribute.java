package org.auscult.features.dataset;

import java.util.Objects;

/** One {@code key_value} pair of a clip name's attribute part, e.g. {@code vel} = {@code 6}. */
public record Attribute(String key, String value) implements java.io.Serializable {
  public Attribute {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return key + "_" + value;
  }
}
