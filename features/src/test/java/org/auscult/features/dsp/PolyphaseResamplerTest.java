package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PolyphaseResamplerTest {

  /** The reference input: 0.25 s of the LCG noise (see the vectors' README). */
  private static double[] lcgNoise(int n) {
    long s = 2022;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      s = (1664525L * s + 1013904223L) & 0xFFFFFFFFL;
      x[i] = 0.1 * (2.0 * s / 4294967296.0 - 1.0);
    }
    return x;
  }

  private static double[] reference(int from, int to) throws IOException {
    String name = "/reference/scipy-resample_poly/resample_" + from + "_" + to + ".txt";
    try (InputStream in = PolyphaseResamplerTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
          .mapToDouble(Double::parseDouble).toArray();
    }
  }

  @ParameterizedTest
  @CsvSource({"48000, 16000, 1, 3", "44100, 16000, 160, 441", "22050, 16000, 320, 441",
      "8000, 16000, 2, 1"})
  void agreesWithScipyResamplePoly(int from, int to, int up, int down) throws IOException {
    PolyphaseResampler r = new PolyphaseResampler(from, to);
    assertThat(r.up()).isEqualTo(up);
    assertThat(r.down()).isEqualTo(down);
    double[] expected = reference(from, to);
    double[] got = r.resample(lcgNoise(from / 4));
    assertThat(got).hasSameSizeAs(expected);
    assertThat(got.length).isEqualTo(r.outputLength(from / 4));
    for (int i = 0; i < got.length; i++) {
      assertThat(got[i]).as("sample %d of %d → %d", i, from, to).isCloseTo(expected[i],
          within(1e-12));
    }
  }

  @Test
  void equalRatesCopy() {
    double[] x = lcgNoise(100);
    PolyphaseResampler same = new PolyphaseResampler(16000, 16000);
    assertThat(same.resample(x)).containsExactly(x).isNotSameAs(x);
  }

  @Test
  void aToneBelowTheNewNyquistKeepsItsLevelAndOneAboveIsRemoved() {
    PolyphaseResampler r = new PolyphaseResampler(48000, 16000);
    double[] pass = new double[48000];
    double[] stop = new double[48000];
    for (int i = 0; i < pass.length; i++) {
      pass[i] = Math.sin(2 * Math.PI * 1000 * i / 48000.0);
      stop[i] = Math.sin(2 * Math.PI * 12000 * i / 48000.0);
    }
    assertThat(rms(r.resample(pass), 1000)).isCloseTo(Math.sqrt(0.5), within(1e-3));
    assertThat(rms(r.resample(stop), 1000)).isLessThan(1e-3);
  }

  @Test
  void besselAndFilterMatchKnownValues() {
    // I0(5) = 27.239871823604442 (Abramowitz & Stegun table 9.8 / scipy.special.i0)
    assertThat(PolyphaseResampler.besselI0(5.0)).isCloseTo(27.239871823604442, within(1e-12));
    double[] h = PolyphaseResampler.lowPass(61, 1.0 / 3, 5.0);
    double sum = 0;
    for (double v : h) {
      sum += v;
    }
    assertThat(sum).isCloseTo(1.0, within(1e-15));
    assertThat(h[30]).isEqualTo(h[30]).isGreaterThan(h[29]);
    assertThat(h[0]).isCloseTo(h[60], within(1e-18));
  }

  /** RMS of {@code y} away from its edges. */
  private static double rms(double[] y, int margin) {
    double s = 0;
    for (int i = margin; i < y.length - margin; i++) {
      s += y[i] * y[i];
    }
    return Math.sqrt(s / (y.length - 2 * margin));
  }
}
