package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BiquadTest {

  /** Steady-state amplitude of a sine at {@code hz} through a fresh {@code filter}. */
  private static double gainAt(Biquad filter, double hz) {
    double peak = 0.0;
    for (int i = 0; i < 32_000; i++) {
      double y = filter.step(Math.sin(2 * Math.PI * hz * i / ClipSynthesizer.SAMPLE_RATE));
      if (i > 16_000) {
        peak = Math.max(peak, Math.abs(y));
      }
    }
    return peak;
  }

  @Test
  void bandPassPassesItsCentreAndStopsFarAway() {
    assertThat(gainAt(Biquad.bandPass(1000, 2), 1000)).isCloseTo(1.0, within(1e-3));
    assertThat(gainAt(Biquad.bandPass(1000, 2), 100)).isLessThan(0.06);
    assertThat(gainAt(Biquad.lowPass(1000, 0.7071), 100)).isCloseTo(1.0, within(0.01));
    assertThat(gainAt(Biquad.lowPass(1000, 0.7071), 1000)).isCloseTo(Math.sqrt(0.5), within(0.01));
    assertThat(gainAt(Biquad.highPass(1000, 0.7071), 6000)).isCloseTo(1.0, within(0.02));
    assertThat(gainAt(Biquad.peaking(1000, 1, 6), 1000)).isCloseTo(Math.pow(10, 6 / 20.0),
        within(0.01));
  }

  @Test
  void aStruckResonatorStartsAtOneAndRingsAtItsFrequency() {
    Biquad ring = Biquad.resonator(2000, 20);
    assertThat(ring.step(1.0)).isCloseTo(0.5, within(1e-12));
    int crossings = 0;
    double previous = 1.0;
    double peak = 0.0;
    for (int i = 1; i < 800; i++) {
      double y = ring.step(0.0);
      if ((y < 0) != (previous < 0)) {
        crossings++;
      }
      previous = y;
      peak = Math.max(peak, Math.abs(y));
    }
    // 800 samples at 16 kHz = 50 ms of a 2 kHz ring: 100 periods, 200 zero crossings
    assertThat(crossings).isBetween(198, 202);
    // the largest sample comes a few samples in, after a little decay
    assertThat(peak).isBetween(0.9, 1.0);
    // time constant 2q/sin(ω) = 40/sin(π/4) = 56.6 samples: 1e-6 after ln(1e6) = 13.8 of them
    assertThat(ring.ringSamples(1e-6)).isBetween(775, 785);
  }

  @Test
  void noiseGainIsTheRootSumOfSquaresOfTheImpulseResponse() {
    Biquad low = Biquad.lowPass(2000, 0.7071);
    double sum = 0;
    Biquad copy = low.fresh();
    double x = 1.0;
    for (int i = 0; i < 16_000; i++) {
      double y = copy.step(x);
      sum += y * y;
      x = 0.0;
    }
    assertThat(low.noiseGain()).isCloseTo(Math.sqrt(sum), within(1e-9));
    // a 2 kHz low-pass keeps about a quarter of the white-noise power up to 8 kHz
    assertThat(low.noiseGain() * low.noiseGain()).isCloseTo(0.25, within(0.03));
  }
}
