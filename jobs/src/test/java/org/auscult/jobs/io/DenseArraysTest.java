package org.auscult.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DenseArraysTest {
  private static byte[] bytes(INDArray a) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DenseArrays.write(a, new DataOutputStream(b));
    return b.toByteArray();
  }

  private static INDArray back(byte[] b) throws IOException {
    return DenseArrays.read(new DataInputStream(new ByteArrayInputStream(b)));
  }

  @Test
  void writesTheDocumentedLayout() throws IOException {
    INDArray a = Nd4j.create(new float[] {1f, -2f}, new long[] {1, 2}, 'c');
    // float, rank 2, dims 1 and 2, then 1.0f and -2.0f little-endian
    assertThat(HexFormat.of().formatHex(bytes(a))).isEqualTo("00" + "00000002"
        + "0000000000000001" + "0000000000000002" + "0000803f" + "000000c0");
  }

  @Test
  void floatAndDoubleArraysComeBackExactly() throws IOException {
    INDArray f = Nd4j.create(new float[] {0.1f, -3e-39f, Float.MAX_VALUE, 7f, 8f, 9f},
        new long[] {2, 3}, 'c');
    INDArray g = back(bytes(f));
    assertThat(g.dataType()).isEqualTo(DataType.FLOAT);
    assertThat(g.shape()).containsExactly(2, 3);
    assertThat(g.ravel().toFloatVector()).containsExactly(f.ravel().toFloatVector());

    INDArray d = Nd4j.create(new double[] {Math.PI, -1e-300, 2, 3}, new long[] {4}, 'c');
    INDArray e = back(bytes(d));
    assertThat(e.dataType()).isEqualTo(DataType.DOUBLE);
    assertThat(e.toDoubleVector()).containsExactly(d.toDoubleVector());
  }

  @Test
  void viewsAndFortranOrderAreWrittenAsTheirValuesInCOrder() throws IOException {
    INDArray base = Nd4j.arange(24).castTo(DataType.FLOAT).reshape('c', 2, 3, 4);
    INDArray view = base.get(NDArrayIndex.point(1), NDArrayIndex.all(),
        NDArrayIndex.interval(1, 3));
    assertThat(view.isView()).isTrue();
    INDArray v = back(bytes(view));
    assertThat(v.shape()).containsExactly(3, 2);
    assertThat(v.ravel().toFloatVector()).containsExactly(13f, 14f, 17f, 18f, 21f, 22f);

    float[] expected = base.ravel().toFloatVector();
    assertThat(back(bytes(base.dup('f'))).ravel().toFloatVector()).containsExactly(expected);

    // a permuted array keeps its whole buffer at offset 0 and is no view
    INDArray permuted = base.permute(2, 0, 1);
    INDArray p = back(bytes(permuted));
    assertThat(p.shape()).containsExactly(4, 2, 3);
    assertThat(p.ravel().toFloatVector())
        .containsExactly(permuted.dup('c').ravel().toFloatVector());
  }

  @Test
  void refusesWhatItCannotWriteAndReadsNoGarbage() {
    assertThat(DenseArrays.supports(Nd4j.scalar(1f))).isFalse();
    assertThat(DenseArrays.supports(Nd4j.create(new int[] {1, 2}, new long[] {2},
        DataType.INT))).isFalse();
    assertThatThrownBy(() -> bytes(Nd4j.scalar(1f))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> back(new byte[] {5})).hasMessageContaining("data type byte 5");
    assertThatThrownBy(() -> back(HexFormat.of().parseHex("00" + "00000001"
        + "0000000000000000"))).hasMessageContaining("dimension 0 is 0");
    assertThatThrownBy(() -> back(HexFormat.of().parseHex("00" + "00000001"
        + "0000000040000000"))).hasMessageContaining("over 2 GB");
  }
}
