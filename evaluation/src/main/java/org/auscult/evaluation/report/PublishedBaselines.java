package org.auscult.evaluation.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The DCASE 2022 Task 2 development-set figures published with the task (in %,
 * arithmetic mean over sections 00–02): the AE and MobileNetV2 baselines and the gwrp-GMM system,
 * the per-machine figures as data in {@value #TABLE}. They hold on the real data only; beside
 * results on other data they are context, not targets.
 */
final class PublishedBaselines {
  /** Column order of {@link Row#values()}: the evaluator's (sorted) machine order. */
  static final List<String> MACHINES =
      List.of("ToyCar", "ToyTrain", "bearing", "fan", "gearbox", "slider", "valve");

  /**
   * One system's figures for one metric.
   *
   * @param system the published system
   * @param metric "AUC (source)", "AUC (target)" or "pAUC"
   * @param values in % per machine, in {@link #MACHINES} order
   */
  record Row(String system, String metric, double[] values) {
  }

  /** A published official score, in %. */
  record Score(String system, double omega) {
  }

  static final String AUC_SOURCE = "AUC (source)";
  static final String AUC_TARGET = "AUC (target)";
  static final String PAUC = "pAUC";
  /** The published figures: a header naming the machines, then one row per system and metric. */
  static final String TABLE = "published-baselines.csv";

  /** The figures, from {@value #TABLE} beside this class. */
  static final List<Row> ROWS = read();

  static final List<Score> SCORES = List.of(new Score("AE baseline", 52.61),
      new Score("MobileNetV2 baseline", 56.01), new Score("gwrp-GMM (LY)", 70.28));

  private PublishedBaselines() {
  }

  /** {@code system}'s {@code metric} for the machine at {@code machineIndex}, as published. */
  static String value(String system, String metric, int machineIndex) {
    return ROWS.stream().filter(r -> r.system().equals(system) && r.metric().equals(metric))
        .findFirst().map(r -> format(r.values()[machineIndex], decimals(system)))
        .orElse("&ndash;");
  }

  /** A published figure with as many decimals as it was published with. */
  static String format(double percent, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", percent);
  }

  /**
   * The rows of {@link #TABLE}: {@code system,metric,<one value per machine>} under the header
   * {@code system,metric,<machines>}; lines starting with {@code #} are notes.
   */
  private static List<Row> read() {
    InputStream in = PublishedBaselines.class.getResourceAsStream(TABLE);
    if (in == null) {
      throw new IllegalStateException(TABLE + " is missing from the class path");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      List<String> lines = r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      List<String> header = List.of(lines.get(0).split(","));
      if (!header.equals(Stream.concat(Stream.of("system", "metric"), MACHINES.stream())
          .toList())) {
        throw new IllegalStateException(TABLE + ": header " + header + " does not list "
            + MACHINES);
      }
      return lines.stream().skip(1).map(line -> {
        String[] f = line.split(",");
        if (f.length != header.size()) {
          throw new IllegalStateException(TABLE + ": row '" + line + "' has " + f.length
              + " fields, expected " + header.size());
        }
        return new Row(f[0], f[1], Arrays.stream(f, 2, f.length)
            .mapToDouble(Double::parseDouble).toArray());
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(TABLE + " is unreadable", e);
    }
  }

  /** gwrp-GMM's per-machine figures were published with one decimal, all others with two. */
  static int decimals(String system) {
    return system.startsWith("gwrp") ? 1 : 2;
  }
}
