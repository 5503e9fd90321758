package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** What every network on the clip encoder shares: a clip of any length gives one output row. */
class ClipEncoderTest {

  /**
   * A network on the encoder and what its output rows must be.
   *
   * @param frames clip lengths to try: the training crop, longer and shorter
   * @param row what each output row must measure 1 by (probabilities sum, embeddings norm)
   */
  record Network(String name, ComputationGraph net, int mels, int batch, int width, int[] frames,
      ToDoubleFunction<INDArray> row) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Network> networks() {
    return Stream.of(
        new Network("classifier: one probability row", ClassifierFactory.build(
            new ClassifierSettings(new ClipEncoderSettings(2, 1e-3, 16, 32, List.of(4, 8), 6), 3)),
            16, 4, 3, new int[] {32, 100, 10}, r -> r.sumNumber().doubleValue()),
        new Network("embedding: one unit-norm embedding", EmbeddingFactory.build(
            new EmbeddingSettings(EmbeddingFactoryTest.TINY, "adacos", 4, 2)),
            8, 2, 5, new int[] {16, 40, 9}, r -> r.norm2Number().doubleValue()));
  }

  @ParameterizedTest
  @MethodSource("networks")
  void aClipOfAnyLengthGivesOneRow(Network n) {
    for (int frames : n.frames()) {
      INDArray out = n.net().outputSingle(false,
          Nd4j.rand(DataType.FLOAT, n.batch(), 1, frames, n.mels()));
      assertThat(out.shape()).containsExactly(n.batch(), n.width());
      for (int i = 0; i < n.batch(); i++) {
        assertThat(n.row().applyAsDouble(out.getRow(i))).isCloseTo(1, within(1e-5));
      }
    }
  }
}
