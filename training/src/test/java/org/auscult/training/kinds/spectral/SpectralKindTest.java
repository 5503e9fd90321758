package org.auscult.training.kinds.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.auscult.training.inputs.Clips;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.LocalFitContext;
import org.auscult.training.kinds.KindTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectralKindTest {
  private static final SpectralKind KIND = new SpectralKind();

  @Test
  void aClipLouderInSomeBandsScoresHigherThanANormalOne(@TempDir Path tmp) throws Exception {
    List<Clip> train = Clips.ripples(12, 0, "source", 0, 20, 16, 1);
    Fitted f = LocalFitContext.fitAndReload(KIND.trainer(KindTesting.config(Map.of())), KIND,
        new LocalFitContext(LocalFitContext.settings(1), KindTesting.LOG_MEL, train, tmp, false));
    Clip normal = Clips.ripples(1, 0, "source", "test", "normal", 0, 20, 16, 50).get(0);
    float[] loud = normal.logMel().clone();
    for (int t = 0; t < 20; t++) {
      for (int m = 4; m < 8; m++) {
        loud[t * 16 + m] += 6;
      }
    }
    Clip anomaly = Clips.clip(0, "source", "test", "anomaly", 0, 16, loud);
    var scorer = f.model().scorer();
    assertThat(scorer.score(anomaly)).isGreaterThan(10 * scorer.score(normal));
    assertThat(f.threshold().value()).isFinite();
  }

  @Test
  void theMeanSpectrumAveragesPowerNotDecibels() {
    // frames of 0 dB and 10 dB: mean power (1 + 10) / 2 = 5.5 → 7.404 dB, not 5 dB
    assertThat(MeanSpectrum.of(new float[] {0, 10}, 1)[0])
        .isCloseTo(10 * Math.log10(5.5), within(1e-6));
  }
}
