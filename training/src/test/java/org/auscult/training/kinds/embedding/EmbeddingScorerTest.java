package org.auscult.training.kinds.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.PatchInputs;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.nets.CnnTrunkSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

class EmbeddingScorerTest {

  @Test
  void cosineDistancesOfHandMadeVectors() {
    assertThat(EmbeddingScorer.cosineDistance(new float[] {1, 0}, new float[] {0, 3})).isEqualTo(1.0);
    assertThat(EmbeddingScorer.cosineDistance(new float[] {1, 0}, new float[] {-2, 0})).isEqualTo(2.0);
    // cos((1, 1), (1, 0)) = 1/√2
    assertThat(EmbeddingScorer.cosineDistance(new float[] {1, 1}, new float[] {1, 0}))
        .isCloseTo(1 - Math.sqrt(0.5), within(1e-7));
    ReferenceSet r = new ReferenceSet(new float[][] {{0, 1}}, new float[][] {{1, 1}, {-1, 0}});
    // nearest is the target point (1, 1)
    assertThat(EmbeddingScorer.minCosineDistance(new float[] {2, 0}, r))
        .isCloseTo(1 - Math.sqrt(0.5), within(1e-7));
  }

  @Test
  void kMeansCentresFindTheSourceClustersAndTargetsAreKeptAsIs() {
    Random random = new Random(1);
    List<float[]> source = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      float jitter = (float) random.nextGaussian() * 0.01f;
      source.add(i % 2 == 0 ? new float[] {1 + jitter, jitter} : new float[] {jitter, 3 + jitter});
    }
    List<float[]> target = List.of(new float[] {-1, 0});
    ReferenceSet r = ReferenceSetFitter.fit(source, target, 2, 7);
    assertThat(r.sourceCentres()).hasDimensions(2, 2);
    // embeddings are normalised before k-means: the centres are near (1, 0) and (0, 1)
    float[][] c = r.sourceCentres();
    float[] first = c[0][0] > c[1][0] ? c[0] : c[1];
    float[] second = c[0][0] > c[1][0] ? c[1] : c[0];
    assertThat(first[0]).isCloseTo(1f, within(0.01f));
    assertThat(second[1]).isCloseTo(1f, within(0.01f));
    assertThat(r.targetEmbeddings()).isDeepEqualTo(new float[][] {{-1, 0}});
    assertThat(ReferenceSetFitter.fit(source, target, 2, 7)).isEqualTo(r);
    assertThat(ReferenceSetFitter.fit(source.subList(0, 3), target, 8, 7).sourceCentres()).hasNumberOfRows(3);
  }

  @Test
  void clipEmbeddingIsTheMeanOfThePatchEmbeddingsAndScoresUseTheSectionsReferences() {
    FeatureParameters f = new FeatureParameters(16000, 1024, 512, 8, 5, 1, 6, 3);
    ComputationGraph net = EmbeddingFactory.build(new EmbeddingSettings(3, 1e-3, 4, 0.2,
        new CnnTrunkSettings(6, 8, List.of(3), 1, CnnTrunkSettings.Architecture.PLAIN, 2)));
    Random random = new Random(2);
    float[] logMel = new float[12 * 8];
    for (int i = 0; i < logMel.length; i++) {
      logMel[i] = (float) random.nextGaussian();
    }
    Standardizer s = new Standardizer(new float[8], filled(8, 1f));
    float[][] patches = net.outputSingle(false, PatchInputs.clipPatches(logMel, f, s)).toFloatMatrix();
    assertThat(patches).hasNumberOfRows(3); // (12 − 6) / 3 + 1
    float[] expected = new float[4];
    for (float[] p : patches) {
      for (int k = 0; k < 4; k++) {
        expected[k] += p[k] / 3;
      }
    }
    EmbeddingScorer scorer = new EmbeddingScorer(net, s, f,
        Map.of("00", new ReferenceSet(new float[][] {expected}, new float[0][])));
    assertThat(scorer.clipEmbedding(logMel)).containsExactly(expected, within(1e-6f));
    assertThat(scorer.score(logMel, "00")).isCloseTo(0, within(1e-6));
    assertThatThrownBy(() -> scorer.score(logMel, "01"))
        .hasMessageContaining("no reference set for section '01', the model has [00]");
  }

  private static float[] filled(int n, float v) {
    float[] a = new float[n];
    java.util.Arrays.fill(a, v);
    return a;
  }
}
