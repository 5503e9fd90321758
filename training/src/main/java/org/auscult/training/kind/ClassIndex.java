package org.auscult.training.kind;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The classes of a classifying network, by index: sorted, distinct names. */
public final class ClassIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> names;

  @JsonCreator
  public ClassIndex(List<String> names) {
    this.names = List.copyOf(new TreeSet<>(names));
    if (this.names.size() != names.size()) {
      throw new IllegalArgumentException("class names must be distinct: " + names);
    }
  }

  /** The distinct names among {@code keys}. */
  public static ClassIndex of(Collection<String> keys) {
    return new ClassIndex(List.copyOf(new TreeSet<>(keys)));
  }

  /** The names by index. */
  @JsonValue
  public List<String> names() {
    return names;
  }

  /** How many classes. */
  public int size() {
    return names.size();
  }

  /** The index of {@code name}, or −1 when it is not a class. */
  public int indexOf(String name) {
    int i = java.util.Collections.binarySearch(names, name);
    return i >= 0 ? i : -1;
  }

  /** The index of {@code name}; fails naming the classes when it is not one. */
  public int require(String name) {
    int i = indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("class '" + name + "' is not one of " + names);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassIndex c && names.equals(c.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
