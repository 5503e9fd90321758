package org.auscult.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class MinibatchFileTest {
  private static byte[] write(DataSet ds) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    MinibatchFile.write(ds, b);
    return b.toByteArray();
  }

  @Test
  void classificationBatchesKeepFeaturesAndLabels() throws IOException {
    INDArray x = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new long[] {2, 1, 2, 2}, 'c');
    INDArray y = Nd4j.create(new float[] {0, 1, 1, 0}, new long[] {2, 2}, 'c');
    DataSet back = MinibatchFile.read(new ByteArrayInputStream(write(new DataSet(x, y))), "b");
    assertThat(back.getFeatures().ravel().toFloatVector()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(back.getLabels().shape()).containsExactly(2, 2);
    assertThat(back.getLabels().ravel().toFloatVector()).containsExactly(0, 1, 1, 0);
    assertThat(back.getFeatures().shape()).containsExactly(2, 1, 2, 2);
  }

  @Test
  void autoencoderBatchesStoreTheirValuesOnce() throws IOException {
    INDArray x = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6}, new long[] {3, 2}, 'c');
    byte[] self = write(new DataSet(x, x));
    byte[] copy = write(new DataSet(x, x.dup()));
    // header 9 bytes; each array 1 + 4 + 2 * 8 + 6 * 4 = 45 bytes
    assertThat(self).hasSize(9 + 45);
    assertThat(copy).hasSize(9 + 2 * 45);
    DataSet back = MinibatchFile.read(new ByteArrayInputStream(self), "b");
    assertThat(back.getLabels()).isSameAs(back.getFeatures());
    assertThat(back.getFeatures().ravel().toFloatVector()).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void otherFilesFailWithTheirName() throws IOException {
    ByteArrayOutputStream dl4j = new ByteArrayOutputStream();
    new DataSet(Nd4j.ones(2, 2), Nd4j.ones(2, 1)).save(dl4j);
    assertThatThrownBy(() -> MinibatchFile.read(new ByteArrayInputStream(dl4j.toByteArray()),
        "part-00000-000000.bin")).hasMessageStartingWith("part-00000-000000.bin: not an Auscult "
        + "minibatch file");
    byte[] cut = write(new DataSet(Nd4j.ones(2, 2), Nd4j.ones(2, 1)));
    byte[] truncated = java.util.Arrays.copyOf(cut, cut.length - 3);
    assertThatThrownBy(() -> MinibatchFile.read(new ByteArrayInputStream(truncated), "p.bin"))
        .hasMessage("p.bin: truncated");
    assertThatThrownBy(() -> MinibatchFile.read(new ByteArrayInputStream(new byte[2]), "e.bin"))
        .hasMessage("e.bin: truncated");
  }
}
