package org.auscult.evaluation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.auscult.features.dataset.CellCounts;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.SynthMachine;
import org.auscult.features.synth.ClipSynthesizer;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synthetic set is worth measuring on only if a simple unsupervised baseline lands between
 * chance and perfect (mean AUC between 0.65 and 0.85 in either domain), and does worse on the
 * shifted target domain. Renders a reduced set (40 + 4
 * training clips and 20 per test cell in each of the 21 sections), scores test clips by their
 * spectral distance from the training clips ({@link SynthCalibration}), and checks the AUCs.
 */
class SynthCalibrationTest {
  private static final Logger LOG = LoggerFactory.getLogger(SynthCalibrationTest.class);
  private static final CellCounts COUNTS = new CellCounts(40, 4, 20, 0);

  @Test
  void aSpectralBaselineLandsBetweenChanceAndPerfectAndWorseOnTarget() throws Exception {
    int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
    List<SynthCalibration.SectionResult> results = SynthCalibration.run(
        ClipSynthesizer.DEFAULT_SEED, COUNTS, SynthMachine.types(), threads);
    StringBuilder table = new StringBuilder("calibration (machine, section, AUC source, AUC target):");
    double sumSource = 0;
    double sumTarget = 0;
    int sourceInRange = 0;
    int targetInRange = 0;
    for (SynthCalibration.SectionResult r : results) {
      table.append('\n').append(r);
      sumSource += r.aucSource();
      sumTarget += r.aucTarget();
      sourceInRange += between(r.aucSource()) ? 1 : 0;
      targetInRange += between(r.aucTarget()) ? 1 : 0;
    }
    double meanSource = sumSource / results.size();
    double meanTarget = sumTarget / results.size();
    table.append(String.format(Locale.ROOT, "%nmean      %.3f  %.3f", meanSource, meanTarget));
    LOG.info("{}", table);

    assertThat(results).hasSize(21);
    assertThat(sourceInRange).as("source AUCs in (0.55, 0.98)%n%s", table).isGreaterThanOrEqualTo(15);
    assertThat(targetInRange).as("target AUCs in (0.55, 0.98)%n%s", table).isGreaterThanOrEqualTo(15);
    assertThat(meanTarget).as("mean target AUC below mean source AUC%n%s", table)
        .isLessThan(meanSource);
    assertThat(meanSource).as("mean source AUC%n%s", table).isBetween(0.65, 0.85);
    assertThat(meanTarget).as("mean target AUC%n%s", table).isBetween(0.65, 0.85);
  }

  private static boolean between(double auc) {
    return auc > 0.55 && auc < 0.98;
  }
}
