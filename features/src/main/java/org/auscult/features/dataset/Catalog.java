package org.auscult.features.dataset;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link DatasetCatalog#scan} found under one or more data-set roots (folders, zips, folders
 * of zips).
 *
 * @param root the roots as scanned, fully qualified, comma-separated
 * @param entries every clip, each (machine type, split, file name) once, sorted by machine type,
 *     split, file name, then path
 * @param attributesFiles the {@code attributes_SS.csv} files, sorted by machine type, section, path
 * @param problems everything else that was found, sorted by path
 * @param wavFilesFound every {@code .wav} file or zip entry seen: the entries plus the ones in
 *     {@code problems}, so nothing is lost without a line saying why
 * @param layouts the layout each machine type was read by, by machine type name
 * @param notes what the reader did beyond reading names, e.g. the train/test split it made for a
 *     set that has none (MIMII), by machine type name
 */
public record Catalog(String root, List<CatalogEntry> entries, List<AttributesFile> attributesFiles,
    List<CatalogProblem> problems, long wavFilesFound, Map<String, String> layouts,
    Map<String, String> notes) {

  /** An {@code attributes_SS.csv} file of one machine type's folder. */
  public record AttributesFile(MachineType machine, int section, String path) {
    public AttributesFile {
      Objects.requireNonNull(machine, "machine");
      Objects.requireNonNull(path, "path");
    }
  }

  public Catalog {
    Objects.requireNonNull(root, "root");
    entries = List.copyOf(entries);
    attributesFiles = List.copyOf(attributesFiles);
    problems = List.copyOf(problems);
    layouts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(layouts));
    notes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(notes));
  }

  /** The entries of one machine type, in catalog order. */
  public List<CatalogEntry> entries(MachineType machine) {
    return entries.stream().filter(e -> e.machine().equals(machine)).toList();
  }
}
