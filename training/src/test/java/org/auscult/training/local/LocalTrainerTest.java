package org.auscult.training.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.auscult.training.inputs.Clips;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.TrainingClip;
import org.auscult.training.model.ModelBundle;
import org.auscult.training.model.ModelKind;
import org.auscult.training.model.ReferenceSet;
import org.auscult.training.nets.AutoencoderSettings;
import org.auscult.training.nets.ClassifierSettings;
import org.auscult.training.nets.CnnTrunkSettings;
import org.auscult.training.nets.EmbeddingSettings;
import org.auscult.training.scoring.AutoencoderScorer;
import org.auscult.training.scoring.ClassifierScorer;
import org.auscult.training.scoring.EmbeddingScorer;
import org.auscult.training.scoring.ReferenceSetFitter;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTrainerTest {
  /** 128 mels and 5-frame context as in the baseline; short clips and 16 × 16 patches for speed. */
  private static final FeatureParameters AE_FEATURES =
      new FeatureParameters(16000, 1024, 512, 128, 5, 2, 64, 8);
  private static final FeatureParameters PATCH_FEATURES =
      new FeatureParameters(16000, 1024, 512, 16, 5, 1, 16, 4);
  private static final CnnTrunkSettings TINY_TRUNK =
      new CnnTrunkSettings(16, 16, List.of(4, 8), 1, CnnTrunkSettings.Architecture.PLAIN, 2);

  private static List<TrainingClip> aeClips() {
    return Clips.ripples(10, 0, "source", 0, 41, 128, 1); // 10 clips × 19 vectors at hop 2
  }

  @Test
  void autoencoderOfThePublishedSizeLowersItsLossAndScoresItsOwnClips() throws IOException {
    List<TrainingClip> clips = aeClips();
    TrainedModel m = new LocalTrainer(TrainerSettings.inMemory(6, 32, 3))
        .train(clips, new AutoencoderRecipe(AutoencoderSettings.baseline(3), AE_FEATURES));

    assertThat(m.epochs()).isEqualTo(6);
    assertThat(m.last().trainLoss()).isLessThan(0.7 * m.history().get(0).trainLoss());
    assertThat(m.last().validationLoss()).isLessThan(m.history().get(0).validationLoss());
    // the validation clips are whole clips of the input, the split covers the input exactly
    assertThat(m.split().validation()).hasSize(1);
    List<String> seen = new ArrayList<>();
    m.split().training().forEach(c -> seen.add(c.clipId()));
    m.split().validation().forEach(c -> seen.add(c.clipId()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(clips.stream().map(TrainingClip::clipId).toList())
        .allMatch(id -> id.contains("_train_normal_"));

    // a clip like the training ones reconstructs better than one with another ripple
    ModelBundle bundle = m.bundle("fan", "test", List.of());
    AutoencoderScorer scorer = AutoencoderScorer.of(bundle);
    double normal = scorer.score(Clips.ripples(1, 0, "source", 0, 41, 128, 99).get(0).logMel());
    double odd = scorer.score(Clips.ripples(1, 0, "source", 5, 41, 128, 99).get(0).logMel());
    assertThat(odd).isGreaterThan(normal);
  }

  @Test
  void classifierSeparatesTwoClearlyDifferentClasses() throws IOException {
    List<TrainingClip> clips = new ArrayList<>(Clips.ripples(8, 0, "source", 0, 40, 16, 1));
    clips.addAll(Clips.ripples(8, 1, "source", 1, 40, 16, 2));
    ClassifierSettings s = new ClassifierSettings(5, 1e-2, 2, TINY_TRUNK, 8);
    TrainedModel m = new LocalTrainer(TrainerSettings.inMemory(10, 16, 5))
        .train(clips, new ClassifierRecipe(s, PATCH_FEATURES));
    assertThat(m.last().trainLoss()).isLessThan(m.history().get(0).trainLoss());

    ClassifierScorer scorer = ClassifierScorer.of(m.bundle("fan", "test", List.of("00", "01")));
    for (int cls = 0; cls < 2; cls++) {
      float[] fresh = Clips.ripples(1, cls, "source", cls, 40, 16, 50 + cls).get(0).logMel();
      float[][] p = scorer.probabilities(fresh);
      double meanOwn = 0;
      for (float[] row : p) {
        meanOwn += row[cls] / p.length;
      }
      assertThat(meanOwn).as("mean probability of the right class %d", cls).isGreaterThan(0.8);
      assertThat(scorer.score(fresh, cls)).isLessThan(scorer.score(fresh, 1 - cls));
    }
  }

  @Test
  void embeddingLowersTripletLossAndScoresSectionsAgainstTrainingReferences() throws IOException {
    List<TrainingClip> clips = new ArrayList<>();
    for (int cls = 0; cls < 3; cls++) {
      clips.addAll(Clips.ripples(6, cls, "source", cls, 32, 16, 10 + cls));
      clips.addAll(Clips.ripples(1, cls, "target", cls, 32, 16, 20 + cls));
    }
    EmbeddingSettings s = new EmbeddingSettings(7, 3e-3, 16, 0.2, TINY_TRUNK);
    TrainedModel m = new LocalTrainer(TrainerSettings.inMemory(5, 40, 7))
        .train(clips, new EmbeddingRecipe(s, PATCH_FEATURES));
    assertThat(m.last().trainLoss()).isLessThan(m.history().get(0).trainLoss());

    ModelBundle bundle = m.bundle("valve", "test", List.of("00", "01", "02"));
    EmbeddingScorer plain = EmbeddingScorer.of(bundle);
    Map<String, ReferenceSet> refs = ReferenceSetFitter.fitSections(plain, clips, 2, 7);
    assertThat(refs.keySet()).containsExactly("00", "01", "02");
    assertThat(refs.get("01").sourceCentres()).hasNumberOfRows(2);
    assertThat(refs.get("01").targetEmbeddings()).hasNumberOfRows(1);
    EmbeddingScorer scorer = EmbeddingScorer.of(
        new ModelBundle(bundle.manifest().withReferences(refs), bundle.network()));
    float[] section1 = Clips.ripples(1, 1, "source", 1, 32, 16, 77).get(0).logMel();
    assertThat(scorer.score(section1, "01")).isLessThan(scorer.score(section1, "00"));
  }

  @Test
  void resumedRunContinuesFromTheCheckpointAndMatchesAnUninterruptedOne(@TempDir Path tmp)
      throws IOException {
    List<TrainingClip> clips = aeClips();
    AutoencoderRecipe recipe = new AutoencoderRecipe(
        new AutoencoderSettings(4, 1e-3, 640, 32, 2, 4), AE_FEATURES);
    TrainerSettings four = TrainerSettings.inMemory(4, 32, 11);

    TrainedModel straight = new LocalTrainer(four.withCheckpoints(tmp.resolve("a"), false))
        .train(clips, recipe);
    // "interrupted" after epoch 2: the first run only got that far
    TrainedModel firstPart = new LocalTrainer(four.withEpochs(2).withCheckpoints(tmp.resolve("b"), false))
        .train(clips, recipe);
    TrainedModel resumed = new LocalTrainer(four.withCheckpoints(tmp.resolve("b"), true))
        .train(clips, recipe);

    assertThat(firstPart.epochs()).isEqualTo(2);
    assertThat(resumed.epochs()).isEqualTo(4);
    assertThat(resumed.history().subList(0, 2)).isEqualTo(firstPart.history());
    assertThat(resumed.history()).extracting(EpochResult::epoch).containsExactly(1, 2, 3, 4);
    for (int e = 0; e < 4; e++) {
      assertThat(resumed.history().get(e).trainLoss()).as("epoch %d", e + 1)
          .isEqualTo(straight.history().get(e).trainLoss());
    }
    assertThat(((MultiLayerNetwork) resumed.network()).params())
        .isEqualTo(((MultiLayerNetwork) straight.network()).params());
    // one checkpoint per epoch, the newest kept (keepCheckpoints = 1)
    try (var files = Files.list(tmp.resolve("b"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("epoch-0004.zip", "epoch-0004.json");
    }
    // a finished run resumed again trains nothing more
    TrainedModel again = new LocalTrainer(four.withCheckpoints(tmp.resolve("b"), true))
        .train(clips, recipe);
    assertThat(again.history()).isEqualTo(resumed.history());
  }

  @Test
  void refusesToMixRunsInOneCheckpointFolder(@TempDir Path tmp) throws IOException {
    List<TrainingClip> clips = aeClips();
    AutoencoderRecipe recipe = new AutoencoderRecipe(
        new AutoencoderSettings(4, 1e-3, 640, 8, 1, 4), AE_FEATURES);
    TrainerSettings one = TrainerSettings.inMemory(1, 64, 11).withCheckpoints(tmp, false);
    new LocalTrainer(one).train(clips, recipe);

    assertThatThrownBy(() -> new LocalTrainer(one).train(clips, recipe))
        .hasMessageContaining("already holds epoch 1; resume from it or use an empty folder");
    assertThatThrownBy(() -> new LocalTrainer(one.withCheckpoints(tmp, true).withEpochs(2))
        .train(clips.subList(0, 9), recipe))
        .hasMessageContaining("was trained on data sha256:");
    assertThat(ModelKind.AUTOENCODER).isEqualTo(recipe.kind());
  }
}
