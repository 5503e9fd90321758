package org.auscult.training.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.auscult.features.dsp.FrameWindows;
import org.auscult.training.kind.Clip;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class TrainingInputsTest {

  @Test
  void onlyNormalTrainingClipsReachANetwork() {
    Clip train = Clips.ripples(1, 0, "target", 0, 2, 4, 1).get(0);
    assertThat(train.trainingLogMel()).hasSize(8);
    Clip test = Clips.ripples(1, 0, "source", "test", "normal", 0, 2, 4, 1).get(0);
    assertThatThrownBy(test::trainingLogMel)
        .hasMessageContaining("fan/test/section_00_source_test_normal_0000_a_0.wav is a normal "
            + "test clip; models learn from normal training clips only");
    Clip anomaly = Clips.ripples(1, 0, "source", "train", "anomaly", 0, 2, 4, 1).get(0);
    assertThatThrownBy(anomaly::trainingLogMel).hasMessageContaining("is a anomaly train clip");
    Clip ragged = new Clip("fan", "00", "source", "train", "normal", null, "x.wav", 4,
        new float[7], null);
    assertThatThrownBy(ragged::trainingLogMel).hasMessageContaining("whole frames of 4");
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
    List<float[]> clips = noise(3, 20, 4, 30f, 1);
    StatsAccumulator stats = new StatsAccumulator(20);
    clips.forEach(c -> stats.merge(AutoencoderInputs.statistics(c, f)));
    Standardizer s = stats.finish();
    Examples ex = Examples.concat(clips.stream().map(c -> AutoencoderInputs.examples(c, f, s))
        .toList());
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
    List<float[]> clips = new ArrayList<>(noise(1, 8, 3, 0f, 1));
    clips.addAll(noise(1, 10, 3, 5f, 2));
    Standardizer s = PatchInputs.statistics(clips.get(0), f)
        .merge(PatchInputs.statistics(clips.get(1), f)).finish();
    Examples oneHot = Examples.concat(List.of(
        PatchInputs.oneHotExamples(clips.get(0), f, s, 0, 3),
        PatchInputs.oneHotExamples(clips.get(1), f, s, 2, 3)));
    // (8 − 4) / 2 + 1 = 3 patches and (10 − 4) / 2 + 1 = 4 patches
    assertThat(oneHot.count()).isEqualTo(7);
    assertThat(oneHot.exampleShape()).containsExactly(1, 4, 3);
    assertThat(oneHot.labels()).containsExactly(
        1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1);
    Examples ids = Examples.concat(List.of(PatchInputs.classIdExamples(clips.get(0), f, s, 0),
        PatchInputs.classIdExamples(clips.get(1), f, s, 2)));
    assertThat(ids.labels()).containsExactly(0, 0, 0, 2, 2, 2, 2);
    assertThatThrownBy(() -> PatchInputs.oneHotExamples(clips.get(1), f, s, 2, 2))
        .hasMessageContaining("class 2 outside [0, 2)");
    INDArray patches = PatchInputs.clipPatches(clips.get(1), f, s);
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
      ids.add(Clips.name(0, "source", "train", "normal", i));
    }
    Set<String> a = ClipSplit.validationIds(ids, 0.1, 5);
    List<String> reversed = new ArrayList<>(ids);
    java.util.Collections.reverse(reversed);
    assertThat(a).hasSize(5).isEqualTo(ClipSplit.validationIds(reversed, 0.1, 5));
    assertThat(ClipSplit.validationIds(ids, 0.1, 6)).isNotEqualTo(a);
    assertThat(ClipSplit.validationIds(ids.subList(0, 3), 0.1, 5)).hasSize(1);
  }

  @Test
  void fingerprintDependsOnContentNotOrder() {
    List<float[]> clips = noise(3, 4, 2, 0f, 3);
    List<String> digests = new ArrayList<>();
    for (int i = 0; i < clips.size(); i++) {
      digests.add(DataFingerprint.clipDigest("clip" + i, clips.get(i), null));
    }
    List<String> reversed = new ArrayList<>(digests);
    java.util.Collections.reverse(reversed);
    assertThat(DataFingerprint.combine(digests)).startsWith("sha256:").hasSize(71)
        .isEqualTo(DataFingerprint.combine(reversed))
        .isNotEqualTo(DataFingerprint.combine(digests.subList(0, 2)));
    float[] changed = clips.get(0).clone();
    changed[3] += 1e-3f;
    assertThat(DataFingerprint.clipDigest("clip0", changed, null)).isNotEqualTo(digests.get(0));
    assertThat(DataFingerprint.clipDigest("clip0", clips.get(0), new float[] {1}))
        .isNotEqualTo(digests.get(0));
  }

  /** {@code n} log-mels of Gaussian noise around {@code level}. */
  private static List<float[]> noise(int n, int nFrames, int nMels, float level, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<float[]> clips = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      float[] logMel = new float[nFrames * nMels];
      for (int i = 0; i < logMel.length; i++) {
        logMel[i] = level + (float) random.nextGaussian();
      }
      clips.add(logMel);
    }
    return clips;
  }
}
