package org.auscult.jobs.features;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigUtil;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.auscult.features.dataset.Layout;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dsp.GwrpDecays;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.features.extract.ClipReading;
import org.auscult.training.config.ConfigValues;

/**
 * Everything the features stage needs, read eagerly and checked at start.
 *
 * @param data the data-set roots: folders, zips or folders of zips (local paths or any Hadoop URI)
 * @param out the output folder
 * @param limit process at most this many clips (spread over the cells); 0 for all
 * @param maxBad bad clips allowed before the stage exits non-zero
 * @param machines machine types to process; every one found when empty
 * @param layout the layout to read every machine folder by; {@code null} to recognise each
 * @param reading which channel, how short a clip may be, gwrp decays per machine type
 */
public record FeatureSettings(List<String> data, String out, int limit, int maxBad,
    Set<MachineType> machines, LogMelParameters logMel, int clipsPerTask,
    Duration progressInterval, Layout layout, ClipReading reading) implements Serializable {

  private static final String P = "auscult.features.";

  public FeatureSettings {
    data = List.copyOf(data);
    if (data.isEmpty()) {
      throw new IllegalArgumentException("--data needs at least one folder or zip");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be >= 0, got " + limit);
    }
    if (maxBad < 0) {
      throw new IllegalArgumentException("--max-bad must be >= 0, got " + maxBad);
    }
    if (clipsPerTask < 1) {
      throw new IllegalArgumentException(P + "clips-per-task must be >= 1, got " + clipsPerTask);
    }
    machines = java.util.Collections.unmodifiableSet(new TreeSet<>(machines));
  }

  /** Reads the settings; command-line values, where given, win over the configuration. */
  public static FeatureSettings from(Config c, String data, String out, Integer limit,
      Integer maxBad, List<String> machines, String layout) {
    // a bad value from the configuration is a configuration error (exit 3) naming its key; one
    // given on the command line is a usage error (exit 2), checked by the constructor
    return new FeatureSettings(dataList(data), out, limit == null ? 0 : limit,
        maxBad == null ? ConfigValues.intAtLeast(c, P + "max-bad", 0) : maxBad,
        machineSet(machines), logMel(c), ConfigValues.intAtLeast(c, P + "clips-per-task", 1),
        c.getDuration(P + "progress-interval"),
        layout == null ? null : Layout.parse(layout).orElse(null), reading(c));
  }

  /** {@link #from(Config, String, String, Integer, Integer, List, String)}, each layout recognised. */
  public static FeatureSettings from(Config c, String data, String out, Integer limit,
      Integer maxBad, List<String> machines) {
    return from(c, data, out, limit, maxBad, machines, null);
  }

  /** {@code --data a,b,c}: the roots, in order, each non-empty. */
  static List<String> dataList(String data) {
    List<String> list = new java.util.ArrayList<>();
    for (String d : data.split(",")) {
      if (d.isBlank()) {
        throw new IllegalArgumentException("--data " + data + ": an empty path between commas");
      }
      list.add(d.strip());
    }
    return list;
  }

  /** The forced layout, empty when each machine folder's is recognised. */
  public Optional<Layout> forcedLayout() {
    return Optional.ofNullable(layout);
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

  /** How clips are read: {@code channel}, {@code min-clip-seconds}, {@code gwrp}. */
  public static ClipReading reading(Config c) {
    int channel;
    // a string in the reference ("0", "1", …, "mean"), so either form passes checkValid
    String ch = c.getValue(P + "channel").unwrapped().toString().strip();
    if (ch.equals("mean")) {
      channel = ClipReading.MEAN;
    } else {
      try {
        channel = Integer.parseInt(ch);
      } catch (NumberFormatException e) {
        channel = -2;
      }
      if (channel < 0) {
        throw ConfigValues.invalid(c, P + "channel", "a channel number from 0, or mean");
      }
    }
    double min = c.getDouble(P + "min-clip-seconds");
    if (!(min >= 0 && Double.isFinite(min))) {
      throw ConfigValues.invalid(c, P + "min-clip-seconds", "a number of seconds >= 0");
    }
    Map<String, Double> decays = new TreeMap<>();
    for (String machine : c.getObject(P + "gwrp.decay").keySet()) {
      decays.put(machine, decay(c,
          ConfigUtil.joinPath("auscult", "features", "gwrp", "decay", machine)));
    }
    double fallback = decay(c, P + "gwrp.default-decay");
    return new ClipReading(channel, min, new GwrpDecays(decays, fallback));
  }

  private static double decay(Config c, String path) {
    double r = c.getDouble(path);
    if (!(r >= 0 && r <= 1)) {
      throw ConfigValues.invalid(c, path, "a decay r in [0, 1]");
    }
    return r;
  }

  /** The machine types' folder names, each checked. */
  public static Set<String> machineNames(List<String> names) {
    Set<String> set = new TreeSet<>();
    for (MachineType m : machineSet(names)) {
      set.add(m.dirName());
    }
    return set;
  }

  /** The machine types named (any folder name can be one), each checked. */
  public static Set<MachineType> machineSet(List<String> names) {
    Set<MachineType> set = new TreeSet<>();
    if (names != null) {
      for (String n : names) {
        set.add(MachineType.parse(n.strip()));
      }
    }
    return set;
  }
}
