package org.auscult.jobs.synth;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.SynthMachine;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.training.config.ConfigValues;

/** Everything the synth stage needs, read eagerly and checked at start. */
public record SynthSettings(String out, SynthScale scale, long seed, Set<MachineType> machines,
    int clipsPerTask, Duration progressInterval) implements Serializable {

  public SynthSettings {
    if (clipsPerTask < 1) {
      throw new IllegalArgumentException("auscult.synth.clips-per-task must be >= 1, got "
          + clipsPerTask);
    }
    // the generator's own order; a machine type it has no sound for fails here, naming the seven
    Set<MachineType> ordered = new LinkedHashSet<>();
    for (MachineType m : SynthMachine.types()) {
      if (machines.isEmpty() || machines.contains(m)) {
        ordered.add(m);
      }
    }
    machines.forEach(SynthMachine::of);
    machines = java.util.Collections.unmodifiableSet(ordered);
  }

  /** Reads the settings; command-line values, where given, win over the configuration. */
  public static SynthSettings from(Config c, String out, String scale, Long seed,
      List<String> machines) {
    return new SynthSettings(out, scale != null ? SynthScale.parse(scale) : configuredScale(c),
        seed != null ? seed : c.getLong("auscult.synth.seed"),
        FeatureSettings.machineSet(machines),
        ConfigValues.intAtLeast(c, "auscult.synth.clips-per-task", 1),
        c.getDuration("auscult.features.progress-interval"));
  }

  /** {@code auscult.synth.scale}; a bad name is a configuration error naming the key. */
  private static SynthScale configuredScale(Config c) {
    try {
      return SynthScale.parse(c.getString("auscult.synth.scale"));
    } catch (IllegalArgumentException e) {
      throw ConfigValues.invalid(c, "auscult.synth.scale", "full, small or tiny");
    }
  }
}
