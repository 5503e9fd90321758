package org.auscult.evaluation.report;

import java.util.List;
import java.util.Locale;

/**
 * The DCASE 2022 Task 2 development-set figures published with the task (in %,
 * arithmetic mean over sections 00–02): the AE and MobileNetV2 baselines and the gwrp-GMM system.
 * They hold on the real data only; beside results on other data they are context, not targets.
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

  static final List<Row> ROWS = List.of(
      new Row("AE baseline", AUC_SOURCE,
          new double[] {91.70, 76.98, 56.95, 78.97, 69.22, 78.81, 52.09}),
      new Row("AE baseline", AUC_TARGET,
          new double[] {36.64, 26.36, 59.01, 49.19, 62.83, 49.04, 49.86}),
      new Row("AE baseline", PAUC,
          new double[] {52.79, 50.56, 51.98, 57.52, 58.72, 56.05, 50.36}),
      new Row("MobileNetV2 baseline", AUC_SOURCE,
          new double[] {61.21, 60.40, 63.07, 71.54, 70.37, 69.84, 68.77}),
      new Row("MobileNetV2 baseline", AUC_TARGET,
          new double[] {52.81, 46.30, 61.79, 51.76, 59.04, 48.59, 60.92}),
      new Row("MobileNetV2 baseline", PAUC,
          new double[] {52.46, 51.59, 57.89, 57.56, 56.53, 56.49, 65.27}),
      new Row("gwrp-GMM (LY)", AUC_SOURCE, new double[] {90.1, 92.0, 62.1, 80.2, 84.2, 90.9, 96.0}),
      new Row("gwrp-GMM (LY)", AUC_TARGET, new double[] {72.2, 51.9, 85.4, 65.9, 77.7, 80.4, 90.2}),
      new Row("gwrp-GMM (LY)", PAUC, new double[] {60.9, 61.1, 55.3, 63.0, 66.5, 67.6, 72.2}));

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

  /** gwrp-GMM's per-machine figures were published with one decimal, all others with two. */
  static int decimals(String system) {
    return system.startsWith("gwrp") ? 1 : 2;
  }
}
