package org.auscult.features.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link WavReader}: any input either decodes consistently or is
 * rejected with a {@link WavFormatException}; any other exception, or an out-of-memory, is a finding.
 *
 * <p>In a normal {@code mvn test} this runs once per file of the seed corpus in
 * {@code src/test/resources/org/auscult/features/audio/WavReaderFuzzTestInputs/}, as a regression
 * test. To fuzz for real (new findings are written into that folder):
 * {@code JAZZER_FUZZ=1 mvn -B -o -pl features test -Dtest=WavReaderFuzzTest}; the run stops after
 * {@code maxDuration} or at the first finding.
 */
class WavReaderFuzzTest {
  private static final String SOURCE = "fuzz.wav";

  @FuzzTest(maxDuration = "10m")
  void decodesOrRejectsWithWavFormatException(byte[] input) {
    try {
      WavAudio a = WavReader.read(input, SOURCE);
      assertThat((long) a.frameCount() * a.channels()).isEqualTo(a.samples().length);
      assertThat(a.samples().length).isLessThanOrEqualTo(input.length);
    } catch (WavFormatException e) {
      assertThat(e.getMessage()).startsWith(SOURCE + ": ");
    }
  }
}
