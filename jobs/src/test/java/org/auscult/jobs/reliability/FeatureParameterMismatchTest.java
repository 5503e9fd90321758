package org.auscult.jobs.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.io.StageOutput;
import org.auscult.training.model.ModelManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Features made with other log-mel parameters than a model was trained on are refused by the
 * score stage, naming the model, the features and each differing parameter with both values,
 * before any score is written. A gwrp vector of 128 bands made with hop 256 has the GMM's length
 * but another meaning: the parameters are compared, not the shapes.
 */
class FeatureParameterMismatchTest {
  @TempDir
  static Path tmp;
  private static TinyRun run;
  private static Path mels64;
  private static Path hop256;

  @BeforeAll
  static void trainOnDefaultFeaturesAndMakeOthers() throws IOException {
    // the gmm and the ae trained on default features
    run = TinyRun.shared();
    // 24 clips take every cell of the round-robin selection, test clips included
    mels64 = tmp.resolve("features-64-mels");
    run.features(mels64, TinyRun.config("auscult.features.n-mels=64"), 24);
    hop256 = tmp.resolve("features-hop-256");
    run.features(hop256, TinyRun.config("auscult.features.hop-length=256"), 24);
  }

  @Test
  void featuresOfTheModelsParametersAreScored() throws IOException {
    Path out = tmp.resolve("scores-default");
    assertThat(run.score(run.features, out, "gmm", "ae").clipsPerKind())
        .containsOnlyKeys("gmm", "ae");
    assertThat(out.resolve(StageOutput.SUCCESS)).exists();
  }

  @Test
  void otherMelBandsAreRefusedNamingBothValues() {
    assertRefused("gmm", mels64, "n_mels is 128 in the model but 64 in the features");
    assertRefused("ae", mels64, "n_mels is 128 in the model but 64 in the features");
  }

  @Test
  void anotherHopIsRefusedThoughTheGwrpLengthMatches() {
    assertRefused("gmm", hop256,
        "hop_length is 512 in the model but 256 in the features");
    assertRefused("ae", hop256,
        "hop_length is 512 in the model but 256 in the features");
  }

  @Test
  void aModelOfAnEarlierFormatIsRefusedNamingTheFolderAndTheVersionFound() throws IOException {
    // the shared run's model, changed here and put back in finally
    Path json = run.models.resolve("gmm").resolve("fan").resolve(ModelManifest.FILE);
    byte[] saved = Files.readAllBytes(json);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode earlier = (ObjectNode) mapper.readTree(saved);
    earlier.put("format_version", 1);
    Files.write(json, mapper.writeValueAsBytes(earlier));
    try {
      Path out = tmp.resolve("scores-earlier");
      assertThatThrownBy(() -> run.score(run.features, out, "gmm"))
          .isInstanceOf(StageFolderException.class)
          .hasMessageContaining("holds no complete model of [gmm]")
          .hasMessageContaining("model " + run.models.resolve("gmm").resolve("fan")
              + " is of format version 1; this build reads format version 2: retrain it");
      assertThat(out).doesNotExist();
    } finally {
      Files.write(json, saved);
    }
  }

  private void assertRefused(String kind, Path features, String difference) {
    Path out = tmp.resolve("scores-" + kind + "-" + features.getFileName());
    assertThatThrownBy(() -> run.score(features, out, kind))
        .isInstanceOf(StageFolderException.class)
        .hasMessageContaining("the " + kind + " model " + run.models.resolve(kind)
            .resolve("fan") + " does not fit the features " + features + ": ")
        .hasMessageContaining(difference)
        .satisfies(e -> assertThat(((StageFolderException) e).exitCode())
            .isEqualTo(ExitCodes.USAGE));
    assertThat(out).doesNotExist();
  }
}
