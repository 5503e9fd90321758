package org.auscult.training.kind;

import java.io.Serializable;

/** A value computed from one clip, with the clip's key and what its name says. */
public record Keyed<T>(String key, String machine, String section, String domain, T value)
    implements Serializable {

  /** The value of {@code clip}. */
  public static <T> Keyed<T> of(Clip clip, T value) {
    return new Keyed<>(clip.key(), clip.machine(), clip.section(), clip.domain(), value);
  }

  /** True for a target-domain clip. */
  public boolean isTarget() {
    return "target".equals(domain);
  }
}
