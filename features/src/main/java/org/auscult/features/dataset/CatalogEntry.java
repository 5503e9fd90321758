package org.auscult.features.dataset;

import java.util.Objects;

/**
 * One clip found under a data-set root.
 *
 * @param machine the machine type, from the folder
 * @param clip what the file name says
 * @param path the file as Hadoop's {@code Path.toString()} writes it (e.g.
 *     {@code file:/data/fan/train/….wav}, {@code hdfs://nn/…}); {@code new Path(path)} opens it
 * @param sizeBytes the file's length
 */
public record CatalogEntry(MachineType machine, ClipName clip, String path, long sizeBytes)
    implements java.io.Serializable {
  public CatalogEntry {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(clip, "clip");
    Objects.requireNonNull(path, "path");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must not be negative, got " + sizeBytes);
    }
  }

  /** The cell of the data-set design this clip counts towards. */
  public Cell cell() {
    return Cell.of(machine, clip);
  }
}
