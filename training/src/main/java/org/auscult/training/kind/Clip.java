package org.auscult.training.kind;

import java.io.Serializable;
import java.util.Objects;

/**
 * One clip's row of the features table, as models see it: what its name says and its features.
 * A column a trainer did not ask for ({@link ClipQuery#columns()}) is {@code null}. The arrays are
 * held, not copied (clips are large and immutable by convention).
 *
 * @param machine machine type, the data set's folder name ({@code fan}, {@code ToyCar})
 * @param section two-digit section id
 * @param domain {@code source}, {@code target}, or {@code null} when unknown (evaluation set)
 * @param split {@code train} or {@code test}
 * @param label {@code normal}, {@code anomaly}, or {@code null} when unknown
 * @param attributes the attribute string of the file name, or {@code null}
 * @param fileName the clip's file name
 * @param nMels mel bins per frame
 * @param logMel frame-major log-mel, {@code frames × nMels}, or {@code null}
 * @param gwrp the clip's gwrp-pooled log-mel vector, or {@code null}
 */
public record Clip(String machine, String section, String domain, String split, String label,
    String attributes, String fileName, int nMels, float[] logMel, float[] gwrp)
    implements Serializable {

  public Clip {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(fileName, "fileName");
  }

  /** The clip's key, {@code machine/split/file}: unique in a features table, and sortable. */
  public String key() {
    return machine + "/" + split + "/" + fileName;
  }

  /** Frames of the log-mel; fails when the log-mel was not read. */
  public int nFrames() {
    if (logMel == null) {
      throw new IllegalStateException("clip " + key() + " was read without its log-mel");
    }
    return logMel.length / nMels;
  }

  /**
   * The clip's log-mel, failing unless it is a normal training clip: what a network may learn
   * from (no test clip or anomaly may reach its inputs).
   */
  public float[] trainingLogMel() {
    if (!"train".equals(split) || !"normal".equals(label)) {
      throw new IllegalArgumentException("clip " + key() + " is a " + label + " " + split
          + " clip; models learn from normal training clips only");
    }
    if (logMel == null || logMel.length == 0 || logMel.length % nMels != 0) {
      throw new IllegalArgumentException("clip " + key() + ": expected whole frames of " + nMels
          + " log-mel values");
    }
    return logMel;
  }

  /** True for a target-domain clip. */
  public boolean isTarget() {
    return "target".equals(domain);
  }

  @Override
  public String toString() {
    return "Clip[" + key() + "]";
  }
}
