package org.auscult.jobs.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.auscult.features.dataset.CatalogEntry;
import org.auscult.features.dataset.Cell;
import org.auscult.features.dataset.MachineType;

/** Which catalog entries a run processes, in which order. */
final class ClipSelection {
  private ClipSelection() {}

  /**
   * The entries of {@code machines} (every one when empty), at most {@code limit} (0: all) taken round-robin over the
   * cells so a limited run still sees every machine, section, domain and label; sorted by machine
   * and path so each task's clips share a machine (one Parquet file per task and machine).
   */
  static List<CatalogEntry> select(List<CatalogEntry> entries, Set<MachineType> machines,
      int limit) {
    List<CatalogEntry> chosen = new ArrayList<>();
    for (CatalogEntry e : entries) {
      if (machines.isEmpty() || machines.contains(e.machine())) {
        chosen.add(e);
      }
    }
    if (limit > 0 && chosen.size() > limit) {
      Map<Cell, List<CatalogEntry>> byCell = new TreeMap<>();
      for (CatalogEntry e : chosen) {
        byCell.computeIfAbsent(e.cell(), k -> new ArrayList<>()).add(e);
      }
      List<CatalogEntry> limited = new ArrayList<>(limit);
      for (int round = 0; limited.size() < limit; round++) {
        for (List<CatalogEntry> cell : byCell.values()) {
          if (round < cell.size() && limited.size() < limit) {
            limited.add(cell.get(round));
          }
        }
      }
      chosen = limited;
    }
    chosen.sort(Comparator.comparing((CatalogEntry e) -> e.machine().dirName())
        .thenComparing(CatalogEntry::path));
    return chosen;
  }
}
