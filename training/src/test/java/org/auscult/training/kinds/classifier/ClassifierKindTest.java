package org.auscult.training.kinds.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.auscult.training.inputs.Clips;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.LocalFitContext;
import org.auscult.training.kind.TrainingScope;
import org.auscult.training.kinds.KindTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierKindTest {
  private static final ClassifierKind KIND = new ClassifierKind();
  private static final Map<String, Object> SMALL = Map.of("auscult.training.classifier.epochs", 8,
      "auscult.training.classifier.batch-size", 16, "auscult.training.classifier.size", "quick",
      "auscult.training.classifier.frames", 32);

  @Test
  void oneNetworkForAllMachinesScoresAClipThatSoundsLikeAnotherSectionAsAnomalous(
      @TempDir Path tmp) throws Exception {
    List<Clip> clips = new ArrayList<>(Clips.ripples(10, 0, "source", 0, 48, 128, 1));
    clips.addAll(Clips.ripples(10, 1, "source", 3, 48, 128, 2));
    clips.addAll(Clips.as("valve", Clips.ripples(10, 0, "source", 6, 48, 128, 3)));
    var trainer = KIND.trainer(KindTesting.config(SMALL));
    assertThat(trainer.scope()).isEqualTo(TrainingScope.ALL_MACHINES);
    Fitted f = LocalFitContext.fitAndReload(trainer, KIND, new LocalFitContext(
        LocalFitContext.settings(5), KindTesting.LOG_MEL, clips, tmp, false));

    assertThat(f.history().get(f.epochs() - 1).trainLoss())
        .isLessThan(f.history().get(0).trainLoss());
    var scorer = f.model().scorer();
    Clip own = Clips.ripples(1, 1, "source", "test", "normal", 3, 48, 128, 50).get(0);
    Clip other = Clips.ripples(1, 1, "source", "test", "anomaly", 0, 48, 128, 51).get(0);
    assertThat(scorer.score(other)).isGreaterThan(scorer.score(own));
    // a clip of 200 frames is scored whole, one of an unknown section not at all
    Clip longer = Clips.ripples(1, 1, "source", "test", "normal", 3, 200, 128, 52).get(0);
    assertThat(scorer.score(longer)).isFinite();
    Clip unknown = Clips.ripples(1, 4, "source", "test", "normal", 3, 48, 128, 53).get(0);
    assertThat(scorer.score(unknown)).isNaN();
  }

  @Test
  void trainingClipsOfASingleClassStopAtTheStartSayingWhy(@TempDir Path tmp) {
    List<Clip> one = Clips.ripples(6, 0, "source", 0, 48, 128, 1).stream()
        .map(c -> new Clip(c.machine(), c.section(), c.domain(), c.split(), c.label(), "x",
            c.fileName(), c.nMels(), c.logMel(), c.gwrp())).toList();
    assertThatThrownBy(() -> KIND.trainer(KindTesting.config(SMALL)).fit(new LocalFitContext(
        LocalFitContext.settings(5), KindTesting.LOG_MEL, one, tmp, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("are all of one (machine, section, attribute) class, [fan|00|x]")
        .hasMessageContaining("train it on several machine types, sections or attributes");
  }
}
