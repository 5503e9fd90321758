package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.Split;
import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attributes drive the physics: the strongest tone sits where the machine's parameters put it. */
class PhysicsTest {

  /** The frequency of the strongest spectral line of {@code x} between lo and hi, 0.1 Hz bins. */
  private static double strongestLine(float[] x, double lo, double hi) {
    double[] spectrum = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      spectrum[i] = x[i];
    }
    new DoubleFFT_1D(x.length).realForward(spectrum);
    double binHz = (double) ClipSynthesizer.SAMPLE_RATE / x.length;
    int best = -1;
    double bestPower = -1;
    for (int k = (int) (lo / binHz); k <= (int) (hi / binHz); k++) {
      double p = spectrum[2 * k] * spectrum[2 * k] + spectrum[2 * k + 1] * spectrum[2 * k + 1];
      if (p > bestPower) {
        bestPower = p;
        best = k;
      }
    }
    return best * binHz;
  }

  @ParameterizedTest(name = "{0} {1} {2}: strongest line near {3} Hz")
  @CsvSource({
      // gearbox mesh: 20 teeth · 9 Hz/V · volt
      "GEARBOX, 0, volt_1.0, 180, 120, 700",
      "GEARBOX, 0, volt_3.0, 540, 120, 700",
      "GEARBOX, 0, volt_0.6, 108, 90, 700",
      // fan blade pass: blades · f_rot
      "FAN, 0, m-n_W, 144, 120, 400",
      "FAN, 0, m-n_Z, 171, 120, 400",
      // gearbox section 02: id 02 has 22 teeth at 2 V = 18 Hz
      "GEARBOX, 2, id_02, 396, 300, 700"})
  void theStrongestToneFollowsTheAttributes(SynthMachine machine, int section, String attributes,
      double expectedHz, double lo, double hi) {
    ClipName name = ClipName.dev(section, Domain.TARGET, Split.TEST, Label.NORMAL, 0, attributes);
    float[] x = new ClipSynthesizer().render(ClipSynthesizer.DEFAULT_SEED, machine.type(), name);
    // speed jitter is 1 % (clipped at 3 sigma) plus a slow wander of a few tenths of a percent
    assertThat(strongestLine(x, lo, hi)).isCloseTo(expectedHz, within(0.035 * expectedHz));
  }
}
