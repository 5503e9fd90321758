package org.auscult.features.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link WavReader}: any input either decodes consistently or is
 * rejected with a {@link WavFormatException}; any other exception, or an out-of-memory, is a finding.
 *
 * <p>In a normal {@code mvn test} this runs once per file of the seed corpus in
 * {@code src/test/resources/org/auscult/features/audio/WavReaderFuzzTestInputs/}, as a regression
 * test. To fuzz for real: {@code JAZZER_FUZZ=1 mvn -B -o -pl features test -Dtest=WavReaderFuzzTest}
 * runs for {@code maxDuration} (edit it to fuzz longer) or until the first finding, which is written
 * into that folder as {@code crash-<sha1>}. Killing the run early also leaves the input it was on as
 * a {@code crash-} file: delete it unless the run reported a finding.
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
