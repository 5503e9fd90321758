package org.auscult.features.dataset;

import java.util.Objects;

/**
 * Something under a data-set root that is not a clip in its place. The file is left out of the
 * catalog's entries; whether that is fatal is the caller's decision.
 *
 * @param kind what sort of problem, for callers that treat them differently
 * @param path the file or folder, as Hadoop's {@code Path.toString()} writes it
 * @param reason what is wrong and what was expected, for people
 */
public record CatalogProblem(Kind kind, String path, String reason) {

  /** The sorts of problems a scan reports. */
  public enum Kind {
    /** A folder where a machine type's folder was expected, named as none can be. */
    UNKNOWN_MACHINE_FOLDER,
    /** A zip, or an entry of one, that cannot be read. */
    DAMAGED_ZIP,
    /** A {@code .wav} file whose name is not a clip name. */
    MALFORMED_NAME,
    /** A clip whose name says test in {@code train/}, or train in {@code test/}. */
    WRONG_SPLIT_FOLDER,
    /** A second file with the same machine type and clip file name as an earlier one. */
    DUPLICATE_CLIP,
    /** A file where none belongs. */
    UNEXPECTED_FILE,
    /** A folder where none belongs. */
    UNEXPECTED_FOLDER,
    /**
     * Recordings released as material to make data sets from, not as one (ToyADMOS2's release,
     * which its mixer turns into sets): the folder is not walked.
     */
    SOURCE_MATERIAL
  }

  public CatalogProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
