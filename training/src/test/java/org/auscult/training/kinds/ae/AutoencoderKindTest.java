package org.auscult.training.kinds.ae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.auscult.training.engine.EpochRecord;
import org.auscult.training.inputs.Clips;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.LocalFitContext;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kinds.KindTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoencoderKindTest {
  private static final AutoencoderKind KIND = new AutoencoderKind();

  /** 10 clips × 19 context vectors at hop 2. */
  private static List<Clip> clips() {
    return Clips.ripples(10, 0, "source", 0, 41, 128, 1);
  }

  private static Trainer trainer(int epochs) {
    return KIND.trainer(KindTesting.config(Map.of("auscult.training.ae.epochs", epochs,
        "auscult.training.ae.batch-size", 32, "auscult.training.ae.context-hop", 2)));
  }

  private static LocalFitContext context(List<Clip> clips, Path checkpoints, boolean resume) {
    return new LocalFitContext(LocalFitContext.settings(3), KindTesting.LOG_MEL, clips,
        checkpoints, resume);
  }

  @Test
  void lowersItsLossAndScoresAnotherRippleAsMoreAnomalousAfterAReload(@TempDir Path tmp)
      throws Exception {
    Fitted f = LocalFitContext.fitAndReload(trainer(6), KIND, context(clips(), tmp, false));

    assertThat(f.epochs()).isEqualTo(6);
    assertThat(f.history().get(5).trainLoss()).isLessThan(0.7 * f.history().get(0).trainLoss());
    assertThat(f.history().get(5).validationLoss())
        .isLessThan(f.history().get(0).validationLoss());
    Clip normal = Clips.ripples(1, 0, "source", "test", "normal", 0, 41, 128, 99).get(0);
    Clip odd = Clips.ripples(1, 0, "source", "test", "anomaly", 5, 41, 128, 99).get(0);
    var scorer = f.model().scorer();
    assertThat(scorer.score(odd)).isGreaterThan(scorer.score(normal));
    assertThat(f.threshold().value()).isFinite();
  }

  @Test
  void aResumedRunContinuesFromItsCheckpointAndMatchesAnUninterruptedOne(@TempDir Path tmp)
      throws Exception {
    Fitted straight = trainer(4).fit(context(clips(), tmp.resolve("a"), false));
    Fitted firstPart = trainer(2).fit(context(clips(), tmp.resolve("b"), false));
    Fitted resumed = trainer(4).fit(context(clips(), tmp.resolve("b"), true));

    assertThat(resumed.history().subList(0, 2)).isEqualTo(firstPart.history());
    assertThat(resumed.history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3, 4);
    for (int e = 0; e < 4; e++) {
      assertThat(resumed.history().get(e).trainLoss()).as("epoch %d", e + 1)
          .isEqualTo(straight.history().get(e).trainLoss());
    }
    Clip probe = Clips.ripples(1, 0, "source", "test", "normal", 3, 41, 128, 5).get(0);
    assertThat(resumed.model().scorer().score(probe))
        .isEqualTo(straight.model().scorer().score(probe));
    // a finished run resumed again trains nothing more
    assertThat(trainer(4).fit(context(clips(), tmp.resolve("b"), true)).history())
        .isEqualTo(resumed.history());
    // and a resume on other data is refused
    assertThatThrownBy(() -> trainer(5).fit(context(clips().subList(0, 9), tmp.resolve("b"),
        true))).hasMessageContaining("was trained on data sha256:");
  }

  @Test
  void refusesAClipThatIsNotANormalTrainingClip(@TempDir Path tmp) {
    List<Clip> withATestClip = new java.util.ArrayList<>(clips());
    withATestClip.add(Clips.ripples(1, 0, "source", "test", "anomaly", 0, 41, 128, 7).get(0));
    assertThatThrownBy(() -> trainer(1).fit(context(withATestClip, tmp, false)))
        .hasStackTraceContaining("models learn from normal training clips only");
  }
}
