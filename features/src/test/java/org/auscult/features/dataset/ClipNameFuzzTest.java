package org.auscult.features.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of {@link ClipName#parse}: a name either parses and prints back to
 * itself (and a development name reads as the clip {@link ClipName#dev} writes for its fields), or
 * is rejected with a {@link MalformedClipNameException} naming it; nothing else may escape.
 *
 * <p>{@code mvn test} runs it once per file of the seed corpus in
 * {@code src/test/resources/org/auscult/features/dataset/ClipNameFuzzTestInputs/}, as a regression
 * test, and then fuzzes it briefly; see {@code WavReaderFuzzTest} for how to fuzz longer and where
 * findings go.
 */
class ClipNameFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parsesToItselfOrRejectsWithMalformedClipNameException(byte[] input) {
    String name = new String(input, StandardCharsets.UTF_8);
    try {
      ClipName clip = ClipName.parse(name);
      assertThat(clip.fileName()).isEqualTo(name);
      assertThat(ClipName.parse(clip.fileName())).isEqualTo(clip);
      if (clip.domain() != null && clip.label() != null) {
        // what the synthetic set writes for the same clip (four index digits, where ToyADMOS2's
        // mixer may write more) reads back as the same clip
        ClipName written = ClipName.dev(clip.section(), clip.domain(), clip.split(), clip.label(),
            clip.index(), clip.attributes());
        assertThat(ClipName.parse(written.fileName())).usingRecursiveComparison()
            .ignoringFields("fileName").isEqualTo(clip);
      }
    } catch (MalformedClipNameException e) {
      assertThat(e.fileName()).isEqualTo(name);
      assertThat(e.getMessage()).contains(name);
    }
  }
}
