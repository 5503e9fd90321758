package org.auscult.training.kinds.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.auscult.training.inputs.Clips;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.LocalFitContext;
import org.auscult.training.kinds.KindTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierKindTest {
  private static final ClassifierKind KIND = new ClassifierKind();

  @Test
  void aClipThatSoundsLikeAnotherSectionScoresAsAnomalousInItsOwn(@TempDir Path tmp)
      throws Exception {
    List<Clip> clips = new ArrayList<>(Clips.ripples(10, 0, "source", 0, 72, 128, 1));
    clips.addAll(Clips.ripples(10, 1, "source", 3, 72, 128, 2));
    var trainer = KIND.trainer(KindTesting.config(Map.of("auscult.training.classifier.epochs", 8,
        "auscult.training.classifier.batch-size", 16, "auscult.training.classifier.patch-hop", 4,
        "auscult.training.classifier.size", "quick")));
    Fitted f = LocalFitContext.fitAndReload(trainer, KIND, new LocalFitContext(
        LocalFitContext.settings(5), KindTesting.LOG_MEL, clips, tmp, false));

    assertThat(f.history().get(f.epochs() - 1).trainLoss())
        .isLessThan(f.history().get(0).trainLoss());
    var scorer = f.model().scorer();
    Clip own = Clips.ripples(1, 1, "source", "test", "normal", 3, 72, 128, 50).get(0);
    Clip other = Clips.ripples(1, 1, "source", "test", "anomaly", 0, 72, 128, 51).get(0);
    assertThat(scorer.score(other)).isGreaterThan(scorer.score(own));
    Clip unknownSection = Clips.ripples(1, 4, "source", "test", "normal", 3, 72, 128, 52).get(0);
    assertThat(scorer.score(unknownSection)).isNaN();
  }
}
