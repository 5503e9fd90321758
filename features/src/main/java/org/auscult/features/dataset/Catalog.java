package org.auscult.features.dataset;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DatasetCatalog#scan} found under a data-set root.
 *
 * @param root the root as scanned, fully qualified
 * @param entries every clip, each (machine type, file name) once, sorted by machine type in
 *     declaration order, then file name, then path
 * @param attributesFiles the {@code attributes_SS.csv} files, sorted by machine type, section, path
 * @param problems everything else that was found, sorted by path
 */
public record Catalog(String root, List<CatalogEntry> entries, List<AttributesFile> attributesFiles,
    List<CatalogProblem> problems) {

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
  }

  /** The entries of one machine type, in catalog order. */
  public List<CatalogEntry> entries(MachineType machine) {
    return entries.stream().filter(e -> e.machine() == machine).toList();
  }
}
