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
import org.auscult.jobs.spark.SharedSpark;
import org.auscult.jobs.train.GmmTraining;
import org.auscult.jobs.train.ModelChoice;
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
    run = new TinyRun(SharedSpark.session(), tmp.resolve("run"));
    run.synth();
    run.features();
    run.train(ModelChoice.GMM, false);
    run.train(ModelChoice.AE, false);
    // 24 clips take every cell of the round-robin selection, test clips included
    mels64 = tmp.resolve("features-64-mels");
    run.features(mels64, TinyRun.config("auscult.features.n-mels=64"), 24);
    hop256 = tmp.resolve("features-hop-256");
    run.features(hop256, TinyRun.config("auscult.features.hop-length=256"), 24);
  }

  @Test
  void featuresOfTheModelsParametersAreScored() throws IOException {
    Path out = tmp.resolve("scores-default");
    assertThat(run.score(run.features, out, ModelChoice.GMM, ModelChoice.AE).clipsPerKind())
        .containsOnlyKeys("gmm", "ae");
    assertThat(out.resolve(StageOutput.SUCCESS)).exists();
  }

  @Test
  void otherMelBandsAreRefusedNamingBothValues() {
    assertRefused(ModelChoice.GMM, mels64, "n_mels is 128 in the model but 64 in the features");
    assertRefused(ModelChoice.AE, mels64, "n_mels is 128 in the model but 64 in the features");
  }

  @Test
  void anotherHopIsRefusedThoughTheGwrpLengthMatches() {
    assertRefused(ModelChoice.GMM, hop256,
        "hop_length is 512 in the model but 256 in the features");
    assertRefused(ModelChoice.AE, hop256,
        "hop_length is 512 in the model but 256 in the features");
  }

  @Test
  void aGmmSavedWithoutItsParametersIsCheckedByItsDimension() throws IOException {
    Path json = run.models.resolve("gmm").resolve("fan").resolve(GmmTraining.MODEL_JSON);
    byte[] saved = Files.readAllBytes(json);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode legacy = (ObjectNode) mapper.readTree(saved);
    legacy.remove("log_mel");
    Files.write(json, mapper.writeValueAsBytes(legacy));
    // Hadoop's local file system checks a file against its .crc beside it, if there is one
    Files.deleteIfExists(json.resolveSibling("." + GmmTraining.MODEL_JSON + ".crc"));
    try {
      assertRefused(ModelChoice.GMM, mels64,
          "n_mels is 128 in the model but 64 in the features");
    } finally {
      Files.write(json, saved);
    }
  }

  private void assertRefused(ModelChoice kind, Path features, String difference) {
    Path out = tmp.resolve("scores-" + kind + "-" + features.getFileName());
    assertThatThrownBy(() -> run.score(features, out, kind))
        .isInstanceOf(StageFolderException.class)
        .hasMessageContaining("the " + kind + " model " + run.models.resolve(kind.token())
            .resolve("fan") + " does not fit the features " + features + ": ")
        .hasMessageContaining(difference)
        .satisfies(e -> assertThat(((StageFolderException) e).exitCode())
            .isEqualTo(ExitCodes.USAGE));
    assertThat(out).doesNotExist();
  }
}
