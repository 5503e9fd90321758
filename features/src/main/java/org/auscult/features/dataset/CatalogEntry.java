package org.auscult.features.dataset;

import java.util.Objects;

/**
 * One clip found under a data-set root, in a folder or inside a zip.
 *
 * @param machine the machine type, from the folder
 * @param clip what the file name (and, for MIMII, its folders) says
 * @param path the file as Hadoop's {@code Path.toString()} writes it (e.g.
 *     {@code file:/data/fan/train/….wav}, {@code hdfs://nn/…}); for a zip entry
 *     {@code <zip path>!/<entry name>}
 * @param sizeBytes the file's (or the entry's uncompressed) length
 * @param layout the layout it was read by
 * @param zip the zip holding it, {@code null} for a plain file
 * @param entry its entry name inside {@code zip}, {@code null} for a plain file
 */
public record CatalogEntry(MachineType machine, ClipName clip, String path, long sizeBytes,
    Layout layout, String zip, String entry) implements java.io.Serializable {
  public CatalogEntry {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(clip, "clip");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(layout, "layout");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("sizeBytes must not be negative, got " + sizeBytes);
    }
    if ((zip == null) != (entry == null)) {
      throw new IllegalArgumentException("a zip entry needs both the zip and the entry name");
    }
  }

  /** A plain file. */
  public CatalogEntry(MachineType machine, ClipName clip, String path, long sizeBytes,
      Layout layout) {
    this(machine, clip, path, sizeBytes, layout, null, null);
  }

  /** A plain file of the 2022 layout, as the synthetic set writes them. */
  public CatalogEntry(MachineType machine, ClipName clip, String path, long sizeBytes) {
    this(machine, clip, path, sizeBytes, Layout.DCASE2022, null, null);
  }

  /** True when the clip is read from inside a zip. */
  public boolean inZip() {
    return zip != null;
  }

  /** The cell of the data-set design this clip counts towards. */
  public Cell cell() {
    return Cell.of(machine, clip);
  }
}
