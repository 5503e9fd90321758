package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SlideStrokeTest {

  @Test
  void aLongRailGivesATrapezoidThatReachesItsSpeed() {
    // 300 mm at 500 mm/s, 5000 mm/s²: 0.1 s up, 0.5 s cruise, 0.1 s down, 0.25 s dwell
    SlideStroke s = new SlideStroke(300, 500, 5000, 0.25);
    assertThat(s.peakSpeed()).isEqualTo(500.0);
    assertThat(s.legSeconds()).isCloseTo(0.95, within(1e-12));
    assertThat(s.speedAt(0.05)).isCloseTo(250.0, within(1e-9));
    assertThat(s.speedAt(0.3)).isEqualTo(500.0);
    assertThat(s.speedAt(0.8)).isEqualTo(0.0);
    assertThat(s.positionAt(0.7)).isCloseTo(300.0, within(1e-9));
    assertThat(s.positionAt(0.95 + 0.7)).isCloseTo(0.0, within(1e-9));
    assertThat(s.positionAt(0.35)).isCloseTo(150.0, within(1e-9));
    assertThat(s.accelerating(0.05)).isTrue();
    assertThat(s.accelerating(0.3)).isFalse();
  }

  @Test
  void aShortRailGivesATriangleWithPeakRootOfAccelerationTimesLength() {
    SlideStroke s = new SlideStroke(300, 1300, 1000, 0.25);
    assertThat(s.peakSpeed()).isCloseTo(Math.sqrt(1000 * 300), within(1e-9));
    double top = s.peakSpeed() / 1000;
    assertThat(s.positionAt(top)).isCloseTo(150.0, within(1e-9));
    assertThat(s.positionAt(2 * top)).isCloseTo(300.0, within(1e-9));
  }
}
