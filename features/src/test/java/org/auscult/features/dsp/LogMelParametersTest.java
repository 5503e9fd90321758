package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogMelParametersTest {

  @Test
  void baselineIsTheDcase2022FrontEnd() {
    LogMelParameters p = LogMelParameters.BASELINE;
    assertThat(p).isEqualTo(new LogMelParameters(16000, 1024, 512, 128, 160000));
    assertThat(p.clipFrames()).isEqualTo(313);
    assertThat(p.nBins()).isEqualTo(513);
  }

  @Test
  void frameCountIsOnePlusSamplesOverHop() {
    LogMelParameters p = LogMelParameters.BASELINE;
    assertThat(p.frameCount(0)).isEqualTo(1);
    assertThat(p.frameCount(511)).isEqualTo(1);
    assertThat(p.frameCount(512)).isEqualTo(2);
    assertThat(p.frameCount(16000)).isEqualTo(32);
    assertThat(p.frameCount(160000)).isEqualTo(313);
    assertThatThrownBy(() -> p.frameCount(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nSamples must be >= 0, got -1");
  }

  @Test
  void eachBadFieldIsNamed() {
    assertThatThrownBy(() -> new LogMelParameters(0, 1024, 512, 128, 160000))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sampleRate must be > 0, got 0");
    assertThatThrownBy(() -> new LogMelParameters(16000, -2, 512, 128, 160000))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nFft must be > 0, got -2");
    assertThatThrownBy(() -> new LogMelParameters(16000, 1025, 512, 128, 160000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nFft must be even and at least 2, got 1025");
    assertThatThrownBy(() -> new LogMelParameters(16000, 1024, 0, 128, 160000))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("hopLength must be > 0, got 0");
    assertThatThrownBy(() -> new LogMelParameters(16000, 1024, 512, -1, 160000))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nMels must be > 0, got -1");
    assertThatThrownBy(() -> new LogMelParameters(16000, 1024, 512, 128, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("clipSamples must be > 0, got 0");
  }
}
