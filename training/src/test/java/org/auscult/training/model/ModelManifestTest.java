package org.auscult.training.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.auscult.features.dsp.LogMelParameters;
import org.junit.jupiter.api.Test;

class ModelManifestTest {
  private static ModelManifest manifest() {
    return new ModelManifest(ModelManifest.FORMAT_VERSION, "gmm", List.of("fan"), "quick", 3,
        LogMelParameters.BASELINE, Map.of("default_components", 2), "sha256:abc", 0,
        new SavedThreshold(1.25, "GAMMA_FIT"), List.of("mixtures.json"));
  }

  @Test
  void roundTripsThroughItsJsonWithSnakeCaseKeys() throws Exception {
    byte[] json = manifest().toJson();
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"format_version\" : 2",
        "\"kind\" : \"gmm\"", "\"n_mels\" : 128", "\"clip_samples\" : 160000",
        "\"data_fingerprint\" : \"sha256:abc\"", "\"value\" : 1.25",
        "\"files\" : [ \"mixtures.json\" ]");
    assertThat(ModelManifest.parse(json, "m")).isEqualTo(manifest());
    assertThat(manifest().covers("fan")).isTrue();
    assertThat(manifest().covers("valve")).isFalse();
  }

  @Test
  void anEarlierFormatIsRefusedNamingTheFolderAndTheVersionFound() {
    byte[] v1 = "{\"format_version\": 1, \"kind\": \"ae\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ModelManifest.parse(v1, "runs/models/ae/fan"))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage("model runs/models/ae/fan is of format version 1; this build reads format "
            + "version 2: retrain it (train --model KIND --overwrite)");
    byte[] none = "{\"kind\": \"ae\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ModelManifest.parse(none, "x"))
        .hasMessageStartingWith("model x is with no format_version;");
    assertThatThrownBy(() -> ModelManifest.parse("{".getBytes(StandardCharsets.UTF_8), "x"))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("model.json is not JSON");
  }

  @Test
  void aManifestOfTheRightVersionButMissingAKeyIsNamed() {
    String json = new String(manifest().toJson(), StandardCharsets.UTF_8)
        .replace("\"data_fingerprint\" : \"sha256:abc\",", "");
    assertThatThrownBy(() -> ModelManifest.parse(json.getBytes(StandardCharsets.UTF_8), "x"))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("data_fingerprint");
  }

  @Test
  void filesNameWhatIsMissingAndRefuseWritingANameTwice() throws Exception {
    ModelFiles.Builder b = new ModelFiles.Builder().put("a.bin", new byte[] {1, 2});
    assertThatThrownBy(() -> b.put("a.bin", new byte[0])).hasMessageContaining("a.bin");
    assertThatThrownBy(() -> b.put(ModelManifest.FILE, new byte[0]))
        .hasMessageContaining("model.json");
    ModelFiles files = b.build("runs/m");
    assertThat(files.bytes("a.bin")).containsExactly(1, 2);
    assertThatThrownBy(() -> files.bytes("b.bin")).isInstanceOf(ModelFormatException.class)
        .hasMessage("model runs/m has no file b.bin (it has [a.bin])");
  }
}
