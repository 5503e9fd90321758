package org.auscult.training.kinds.embedding;

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

class EmbeddingKindTest {
  private static final EmbeddingKind KIND = new EmbeddingKind();

  @Test
  void aClipIsCloserToItsOwnSectionsReferencesThanToAnotherSections(@TempDir Path tmp)
      throws Exception {
    List<Clip> clips = new ArrayList<>();
    for (int section = 0; section < 3; section++) {
      clips.addAll(Clips.ripples(8, section, "source", 2 * section, 72, 128, 10 + section));
      clips.addAll(Clips.ripples(2, section, "target", 2 * section, 72, 128, 20 + section));
    }
    var trainer = KIND.trainer(KindTesting.config(Map.of("auscult.training.embedding.epochs", 5,
        "auscult.training.embedding.batch-size", 32, "auscult.training.embedding.patch-hop", 4,
        "auscult.training.embedding.size", "quick", "auscult.training.embedding.source-centres",
        2)));
    Fitted f = LocalFitContext.fitAndReload(trainer, KIND, new LocalFitContext(
        LocalFitContext.settings(7), KindTesting.LOG_MEL, clips, tmp, false));

    var scorer = f.model().scorer();
    Clip own = Clips.ripples(1, 1, "source", "test", "normal", 2, 72, 128, 77).get(0);
    Clip other = Clips.ripples(1, 1, "source", "test", "anomaly", 4, 72, 128, 78).get(0);
    assertThat(scorer.score(other)).isGreaterThan(scorer.score(own));
    assertThat(f.threshold().value()).isFinite();
  }
}
