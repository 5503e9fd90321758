package org.auscult.features.synth;

import java.util.Objects;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.MachineType;

/**
 * One clip of a synthetic data set: its machine type (the folder) and its development-layout name.
 *
 * @param machine the machine type
 * @param name the clip's name, with domain, label and attributes
 */
public record SynthClip(MachineType machine, ClipName name) implements java.io.Serializable {
  public SynthClip {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(name, "name");
    if (name.isEvalTestName()) {
      throw new IllegalArgumentException("synthetic clips have development names, got " + name);
    }
  }

  /** The path below the data-set root, {@code <machine>/<split>/<file name>}, '/'-separated. */
  public String relativePath() {
    return machine.dirName() + "/" + name.split().token() + "/" + name.fileName();
  }
}
