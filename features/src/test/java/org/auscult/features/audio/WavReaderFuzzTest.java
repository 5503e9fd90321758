package org.auscult.features.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of {@link WavReader}: any input either decodes consistently or is
 * rejected with a {@link WavFormatException}; any other exception, or an out-of-memory, is a finding.
 *
 * <p>{@code mvn test} runs it once per file of the seed corpus in
 * {@code src/test/resources/org/auscult/features/audio/WavReaderFuzzTestInputs/}, as a regression
 * test, and then fuzzes it for {@code auscult.fuzz.seconds} (15 s; the {@code fuzz}
 * execution in {@code features/pom.xml}). To fuzz longer: {@code mvn -B -o -pl features test
 * -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dauscult.fuzz.seconds=600}. A finding
 * fails the build and is written into that folder as {@code crash-<sha1>}. Killing a run early
 * also leaves the input it was on as a {@code crash-} file: delete it unless the run reported a
 * finding.
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
