package org.auscult.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.auscult.training.model.ModelFiles;
import org.auscult.training.model.ModelFormatException;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.auscult.training.nets.ClipEncoderSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class NetworkFilesTest {

  @Test
  void aNetworkRoundTripsAndIsReadOnlyAsItsOwnType() throws Exception {
    MultiLayerNetwork ae = AutoencoderFactory.build(new AutoencoderSettings(3, 1e-3, 640, 16, 1,
        4));
    ModelFiles.Builder b = new ModelFiles.Builder();
    NetworkFiles.write(ae, b);
    ModelFiles files = b.build("mem");
    INDArray x = Nd4j.rand(DataType.FLOAT, 3, 640);
    assertThat(NetworkFiles.multiLayer(files).output(x)).isEqualTo(ae.output(x));
    assertThatThrownBy(() -> NetworkFiles.graph(files)).isInstanceOf(ModelFormatException.class)
        .hasMessage("model mem: network.zip holds a MultiLayerNetwork, this kind needs a "
            + "ComputationGraph");

    ComputationGraph g = EmbeddingFactory.build(new EmbeddingSettings(
        new ClipEncoderSettings(4, 1e-3, 128, 64, List.of(4), 8), "adacos", 3, 2));
    ModelFiles.Builder gb = new ModelFiles.Builder();
    NetworkFiles.write(g, gb);
    INDArray patches = Nd4j.rand(DataType.FLOAT, 2, 1, 64, 128);
    assertThat(NetworkFiles.graph(gb.build("g")).outputSingle(patches))
        .isEqualTo(g.outputSingle(patches));
  }

  @Test
  void somethingElseIsRefusedNamingIt() throws Exception {
    ModelFiles files = new ModelFiles.Builder().put(NetworkFiles.NETWORK, new byte[] {1, 2, 3})
        .build("runs/x");
    assertThatThrownBy(() -> NetworkFiles.multiLayer(files))
        .hasMessageContaining("runs/x: network.zip is not a DL4J model zip");
  }
}
