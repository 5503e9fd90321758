package org.auscult.jobs.features;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.training.config.ConfigValues;

/**
 * Everything the features stage needs, read eagerly and checked at start.
 *
 * @param data the data-set root (local path or any Hadoop URI)
 * @param out the output folder
 * @param limit process at most this many clips (spread over the cells); 0 for all
 * @param maxBad bad clips allowed before the stage exits non-zero
 * @param machines machine types to process; all when empty
 */
public record FeatureSettings(String data, String out, int limit, int maxBad,
    Set<MachineType> machines, LogMelParameters logMel, int clipsPerTask,
    Duration progressInterval) implements Serializable {

  private static final String P = "auscult.features.";

  public FeatureSettings {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be >= 0, got " + limit);
    }
    if (maxBad < 0) {
      throw new IllegalArgumentException("--max-bad must be >= 0, got " + maxBad);
    }
    if (clipsPerTask < 1) {
      throw new IllegalArgumentException(P + "clips-per-task must be >= 1, got " + clipsPerTask);
    }
    machines = machines.isEmpty() ? EnumSet.allOf(MachineType.class) : EnumSet.copyOf(machines);
  }

  /** Reads the settings; command-line values, where given, win over the configuration. */
  public static FeatureSettings from(Config c, String data, String out, Integer limit,
      Integer maxBad, List<String> machines) {
    // a bad value from the configuration is a configuration error (exit 3) naming its key; one
    // given on the command line is a usage error (exit 2), checked by the constructor
    return new FeatureSettings(data, out, limit == null ? 0 : limit,
        maxBad == null ? ConfigValues.intAtLeast(c, P + "max-bad", 0) : maxBad,
        machineSet(machines), logMel(c), ConfigValues.intAtLeast(c, P + "clips-per-task", 1),
        c.getDuration(P + "progress-interval"));
  }

  /** The log-mel parameters under {@code auscult.features}, each checked with its key's name. */
  public static LogMelParameters logMel(Config c) {
    int rate = ConfigValues.intAtLeast(c, P + "sample-rate", 1);
    int nFft = ConfigValues.intAtLeast(c, P + "n-fft", 2);
    if (nFft % 2 != 0) {
      throw ConfigValues.invalid(c, P + "n-fft", "an even number of samples");
    }
    int hop = ConfigValues.intAtLeast(c, P + "hop-length", 1);
    int nMels = ConfigValues.intAtLeast(c, P + "n-mels", 1);
    double seconds = c.getDouble(P + "clip-seconds");
    if (!(seconds > 0 && rate * seconds < Integer.MAX_VALUE)) {
      throw ConfigValues.invalid(c, P + "clip-seconds", "a number of seconds > 0");
    }
    return new LogMelParameters(rate, nFft, hop, nMels, (int) Math.round(rate * seconds));
  }

  /** Parses {@code --machines}; every name must be a machine type folder name. */
  /** The machine types' folder names, each checked. */
  public static Set<String> machineNames(List<String> names) {
    Set<String> set = new java.util.TreeSet<>();
    for (MachineType m : machineSet(names)) {
      set.add(m.dirName());
    }
    return set;
  }

  /** The machine types named, each checked. */
  public static Set<MachineType> machineSet(List<String> names) {
    Set<MachineType> set = EnumSet.noneOf(MachineType.class);
    if (names != null) {
      for (String n : names) {
        set.add(MachineType.parse(n.strip()));
      }
    }
    return set;
  }
}
