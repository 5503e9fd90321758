package org.auscult.training.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class TrainingInputsTest {

  @Test
  void onlyNormalTrainingClipsAreAccepted() {
    float[] logMel = new float[2 * 4];
    assertThat(new TrainingClip("fan/train/" + Clips.name(0, "target", 3), logMel, 4, 1).clipName()
        .section()).isZero();
    assertThatThrownBy(() -> new TrainingClip("section_00_source_test_normal_0001_a_1.wav", logMel, 4, 0))
        .hasMessageContaining("section_00_source_test_normal_0001_a_1.wav is in the test split");
    assertThatThrownBy(() -> new TrainingClip("section_00_source_train_anomaly_0001.wav", logMel, 4, 0))
        .hasMessageContaining("labelled anomaly");
    assertThatThrownBy(() -> TrainingClip.unlabelled("section_03_0001.wav", logMel, 4))
        .hasMessageContaining("test split");
    assertThatThrownBy(() -> TrainingClip.unlabelled("clip7.wav", logMel, 4))
        .hasMessageContaining("clip7.wav");
    assertThatThrownBy(() -> TrainingClip.unlabelled(Clips.name(0, "source", 1), new float[7], 4))
        .hasMessageContaining("multiple of 4");
  }

  @Test
  void contextVectorsAreConsecutiveFramesFlattened() {
    // 4 frames × 2 mels, frame t holds (10t, 10t + 1)
    float[] logMel = {0, 1, 10, 11, 20, 21, 30, 31};
    assertThat(AutoencoderInputs.vectors(logMel, 2, 3, 1))
        .containsExactly(0, 1, 10, 11, 20, 21, 10, 11, 20, 21, 30, 31);
    assertThat(AutoencoderInputs.vectors(logMel, 2, 3, 2)).containsExactly(0, 1, 10, 11, 20, 21);
    assertThat(AutoencoderInputs.vectors(logMel, 2, 5, 1)).isEmpty();
    // the baseline's counts: 313 frames give 309 vectors of 5 and 32 patches of 64 every 8
    assertThat(FrameWindows.count(313, 5, 1)).isEqualTo(309);
    assertThat(FrameWindows.count(313, 64, 8)).isEqualTo(32);
  }

  @Test
  void autoencoderExamplesAreStandardisedVectorsOfTheTrainingClipsOnly() {
    FeatureParameters f = new FeatureParameters(16000, 1024, 512, 4, 5, 2, 8, 4);
    List<TrainingClip> clips = Clips.noise(3, 0, 0, 20, 4, 30f, 1);
    Standardizer s = AutoencoderInputs.statistics(clips, f).finish();
    Examples ex = AutoencoderInputs.examples(clips, f, s);
    // (20 − 5) / 2 + 1 = 8 vectors per clip
    assertThat(ex.count()).isEqualTo(24);
    assertThat(ex.exampleShape()).containsExactly(20);
    assertThat(ex.isAutoencoding()).isTrue();
    // standardised with the statistics of these very vectors: mean 0, deviation 1 per dimension
    Standardizer after = new StatsAccumulator(20).addRows(ex.features()).finish();
    for (int d = 0; d < 20; d++) {
      assertThat(after.mean()[d]).isCloseTo(0f, org.assertj.core.api.Assertions.within(1e-5f));
      assertThat(after.std()[d]).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-5f));
    }
  }

  @Test
  void patchExamplesCarryOneHotOrIdLabels() {
    FeatureParameters f = new FeatureParameters(16000, 1024, 512, 3, 5, 1, 4, 2);
    List<TrainingClip> clips = new ArrayList<>(Clips.noise(1, 0, 0, 8, 3, 0f, 1));
    clips.addAll(Clips.noise(1, 1, 2, 10, 3, 5f, 2));
    Standardizer s = PatchInputs.statistics(clips, f).finish();
    Examples oneHot = PatchInputs.classifierExamples(clips, f, s, 3);
    // (8 − 4) / 2 + 1 = 3 patches and (10 − 4) / 2 + 1 = 4 patches
    assertThat(oneHot.count()).isEqualTo(7);
    assertThat(oneHot.exampleShape()).containsExactly(1, 4, 3);
    assertThat(oneHot.labels()).containsExactly(
        1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1);
    Examples ids = PatchInputs.embeddingExamples(clips, f, s);
    assertThat(ids.labels()).containsExactly(0, 0, 0, 2, 2, 2, 2);
    assertThatThrownBy(() -> PatchInputs.classifierExamples(clips, f, s, 2))
        .hasMessageContaining("class 2, expected < 2");
    INDArray patches = PatchInputs.clipPatches(clips.get(1).logMel(), f, s);
    assertThat(patches.shape()).containsExactly(4, 1, 4, 3);
  }

  @Test
  void minibatchesCoverEveryExampleOnceWithMatchingLabels() {
    float[] features = new float[10 * 2];
    float[] labels = new float[10];
    for (int i = 0; i < 10; i++) {
      features[2 * i] = i;
      features[2 * i + 1] = -i;
      labels[i] = i % 3;
    }
    Examples ex = new Examples(features, new long[] {2}, labels, 1, 10);
    List<DataSet> batches = Minibatches.shuffled(ex, 4, 9);
    assertThat(batches).extracting(DataSet::numExamples).containsExactly(4, 4, 2);
    Set<Float> seen = new HashSet<>();
    for (DataSet b : batches) {
      for (int r = 0; r < b.numExamples(); r++) {
        float id = b.getFeatures().getFloat(r, 0);
        assertThat(b.getFeatures().getFloat(r, 1)).isEqualTo(-id);
        assertThat(b.getLabels().getFloat(r, 0)).isEqualTo(id % 3);
        seen.add(id);
      }
    }
    assertThat(seen).hasSize(10);
    assertThat(Minibatches.shuffled(ex, 4, 9).get(0).getFeatures())
        .isEqualTo(batches.get(0).getFeatures());
    assertThat(Minibatches.inOrder(ex, 4).get(0).getFeatures().getFloat(1, 0)).isEqualTo(1f);
    Examples ae = new Examples(features, new long[] {2}, null, 0, 10);
    DataSet first = Minibatches.inOrder(ae, 10).get(0);
    assertThat(first.getLabels()).isEqualTo(first.getFeatures());
  }

  @Test
  void validationSplitIsOverWholeClipsSeededAndOrderIndependent() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ids.add(Clips.name(0, "source", i));
    }
    Set<String> a = ClipSplit.validationIds(ids, 0.1, 5);
    List<String> reversed = new ArrayList<>(ids);
    java.util.Collections.reverse(reversed);
    assertThat(a).hasSize(5).isEqualTo(ClipSplit.validationIds(reversed, 0.1, 5));
    assertThat(ClipSplit.validationIds(ids, 0.1, 6)).isNotEqualTo(a);
    assertThat(ClipSplit.validationIds(ids.subList(0, 3), 0.1, 5)).hasSize(1);

    List<TrainingClip> clips = Clips.noise(20, 0, 0, 6, 2, 0f, 3);
    ClipSplit split = ClipSplit.of(clips, 0.1, 5);
    assertThat(split.validation()).hasSize(2);
    assertThat(split.training()).hasSize(18).doesNotContainAnyElementsOf(split.validation());
  }

  @Test
  void fingerprintDependsOnContentNotOrder() {
    List<TrainingClip> clips = Clips.noise(3, 0, 0, 4, 2, 0f, 3);
    List<TrainingClip> reversed = new ArrayList<>(clips);
    java.util.Collections.reverse(reversed);
    assertThat(DataFingerprint.of(clips)).startsWith("sha256:").hasSize(71)
        .isEqualTo(DataFingerprint.of(reversed))
        .isNotEqualTo(DataFingerprint.of(clips.subList(0, 2)));
    TrainingClip changed = new TrainingClip(clips.get(0).clipId(), clips.get(0).logMel().clone(), 2, 0);
    changed.logMel()[3] += 1e-3f;
    assertThat(DataFingerprint.of(List.of(changed, clips.get(1), clips.get(2))))
        .isNotEqualTo(DataFingerprint.of(clips));
  }
}
