package org.auscult.training.kinds.embedding;

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
import org.auscult.training.kinds.KindTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddingKindTest {
  private static final EmbeddingKind KIND = new EmbeddingKind();
  private static final Map<String, Object> SMALL = Map.of("auscult.training.embedding.epochs", 8,
      "auscult.training.embedding.batch-size", 16, "auscult.training.embedding.size", "quick",
      "auscult.training.embedding.frames", 32, "auscult.training.embedding.subclusters", 2,
      "auscult.training.embedding.source-centres", 2);

  private static Fitted fit(List<Clip> clips, Path tmp) throws Exception {
    return fit(clips, tmp, SMALL);
  }

  private static Fitted fit(List<Clip> clips, Path tmp, Map<String, Object> settings)
      throws Exception {
    return LocalFitContext.fitAndReload(KIND.trainer(KindTesting.config(settings)), KIND,
        new LocalFitContext(LocalFitContext.settings(7), KindTesting.LOG_MEL, clips, tmp, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mahalanobis", "cosine"})
  void aClipUnlikeItsSectionsTrainingClipsScoresHigherInEitherDomain(String distance,
      @TempDir Path tmp) throws Exception {
    List<Clip> clips = new ArrayList<>();
    for (int section = 0; section < 3; section++) {
      clips.addAll(Clips.ripples(8, section, "source", 2 * section, 48, 128, 10 + section));
      clips.addAll(Clips.ripples(2, section, "target", 2 * section + 1, 48, 128, 20 + section));
    }
    Map<String, Object> settings = new java.util.HashMap<>(SMALL);
    settings.put("auscult.training.embedding.distance", distance);
    Fitted f = LocalFitContext.fitAndReload(KIND.trainer(KindTesting.config(settings)), KIND,
        new LocalFitContext(LocalFitContext.settings(7), KindTesting.LOG_MEL, clips, tmp, false));
    Fitted direct = KIND.trainer(KindTesting.config(settings)).fit(new LocalFitContext(
        LocalFitContext.settings(7), KindTesting.LOG_MEL, clips, tmp.resolve("again"), false));

    var scorer = f.model().scorer();
    Clip source = Clips.ripples(1, 1, "source", "test", "normal", 2, 48, 128, 77).get(0);
    Clip target = Clips.ripples(1, 1, "target", "test", "normal", 3, 48, 128, 78).get(0);
    Clip anomaly = Clips.ripples(1, 1, "source", "test", "anomaly", 5, 48, 128, 79).get(0);
    assertThat(scorer.score(anomaly)).isGreaterThan(scorer.score(source))
        .isGreaterThan(scorer.score(target));
    // saved and read back, the model scores as it did (the same vector, the same references)
    assertThat(scorer.score(anomaly)).isCloseTo(direct.model().scorer().score(anomaly),
        org.assertj.core.api.Assertions.withinPercentage(1e-4));
    assertThat(f.threshold().value()).isFinite();
    // saved as scoring uses it: windows of 32 frames every 16
    assertThat(((EmbeddingModel) f.model()).features().patchFrames()).isEqualTo(32);
    assertThat(((EmbeddingModel) f.model()).features().patchHop()).isEqualTo(16);
  }

  @Test
  void aSectionWithOneTrainingClipAndNoTargetClipsStillTrainsAndScores(@TempDir Path tmp)
      throws Exception {
    List<Clip> clips = new ArrayList<>(Clips.ripples(8, 0, "source", 0, 48, 128, 1));
    clips.addAll(Clips.ripples(1, 1, "source", 4, 48, 128, 2));
    Fitted f = fit(clips, tmp);
    Clip lone = Clips.ripples(1, 1, "source", "test", "normal", 4, 48, 128, 3).get(0);
    assertThat(f.model().scorer().score(lone)).isFinite().isNotNegative();
  }

  @Test
  void trainingClipsOfASingleClassStopAtTheStartSayingWhy(@TempDir Path tmp) {
    List<Clip> one = Clips.ripples(6, 0, "source", 0, 48, 128, 1).stream()
        .map(c -> new Clip(c.machine(), c.section(), c.domain(), c.split(), c.label(), "x",
            c.fileName(), c.nMels(), c.logMel(), c.gwrp())).toList();
    assertThatThrownBy(() -> fit(one, tmp)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("are all of one class, [fan|00|x|source]");
  }

  @Test
  void whitenedReferencesMeasureByTheSourceSpread() {
    // source clips spread 10 along x and 0.1 along y (before shrinkage): a step of 1 along y is
    // further than a step of 1 along x
    List<org.auscult.training.kind.Keyed<float[]>> clips = new ArrayList<>();
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < 200; i++) {
      clips.add(new org.auscult.training.kind.Keyed<>("fan/train/s" + i, "fan", "00", "source",
          new float[] {(float) (10 * r.nextGaussian()), (float) (0.1 * r.nextGaussian())}));
    }
    ReferenceFit fit = ReferenceFit.of(clips, 4, 1, true);
    SectionReferences refs = fit.sections().get("fan_00");
    assertThat(refs.whitening()).isNotNull();
    assertThat(refs.score(new float[] {0, 1})).isGreaterThan(5 * refs.score(new float[] {1, 0}));
    assertThat(fit.trainingScores()).hasSize(200);
    assertThat(java.util.Arrays.stream(fit.trainingScores()).allMatch(Double::isFinite)).isTrue();
  }

  @Test
  void aSectionOfTwoSourceClipsWhitensByTheModelsSpreadNotALine() {
    // two source clips of fan_01 lie on a line; the model's other clips spread round their mean
    List<org.auscult.training.kind.Keyed<float[]>> clips = new ArrayList<>();
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < 40; i++) {
      clips.add(new org.auscult.training.kind.Keyed<>("fan/train/a" + i, "fan", "00", "source",
          new float[] {(float) r.nextGaussian(), (float) r.nextGaussian()}));
    }
    clips.add(new org.auscult.training.kind.Keyed<>("fan/train/b0", "fan", "01", "source",
        new float[] {0, 0}));
    clips.add(new org.auscult.training.kind.Keyed<>("fan/train/b1", "fan", "01", "source",
        new float[] {1, 0}));
    SectionReferences lone = ReferenceFit.of(clips, 4, 1, true).sections().get("fan_01");
    // one unit off the line scores like one unit along it, not a million times more
    assertThat(lone.score(new float[] {0.5f, 1})).isLessThan(10 * lone.score(new float[] {1.5f,
        0}));
  }

  @Test
  void referencesSavedBeforeWhiteningReadAsCosineAndMismatchesAreRefused() throws Exception {
    // as a model saved on 2026-12-06 has it (snake-case names, no vector, no whitening)
    String old = "{\"sections\":{\"fan_00\":{\"source_centres\":[[1.0,0.0]],\"targets\":[],"
        + "\"source_scale\":0.5,\"target_scale\":0.5}}}";
    var refs = EmbeddingModel.references(files(old));
    assertThat(refs.vector()).isEqualTo("embedding");
    assertThat(refs.sections().get("fan_00").score(new float[] {0, 1})).isEqualTo(2.0,
        org.assertj.core.api.Assertions.within(1e-9));
    assertThatThrownBy(() -> EmbeddingModel.references(files(old.replace("}}}",
        "}},\"vector\":\"clip_vector\"}")))).isInstanceOf(
        org.auscult.training.model.ModelFormatException.class)
        .hasMessageContaining("model test: references.json: section fan_00 is not whitened");
    assertThatThrownBy(() -> EmbeddingModel.references(files(old.replace("}}}",
        "}},\"vector\":\"mfcc\"}")))).hasMessageContaining("vector must be embedding or "
        + "clip_vector, got mfcc");
  }

  private static org.auscult.training.model.ModelFiles files(String references) {
    return org.auscult.training.model.ModelFiles.of(Map.of("references.json",
        references.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test");
  }

  @Test
  void targetDistancesAreScaledSoTheDomainsCompare() {
    float[] a = {1, 0};
    float[] b = {0.8f, 0.6f};
    SectionReferences r = new SectionReferences(new float[][] {a}, new float[][] {b}, 0.5, 0.1,
        null);
    // 1 − cos: to a 0, to b 0.2 → scaled 0 and 2
    assertThat(r.score(a)).isZero();
    assertThat(r.score(b)).isZero();
    float[] c = {0, 1};
    assertThat(r.score(c)).isEqualTo(Math.min(1 / 0.5, (1 - 0.6) / 0.1), org.assertj.core.api
        .Assertions.within(1e-6));
  }
}
