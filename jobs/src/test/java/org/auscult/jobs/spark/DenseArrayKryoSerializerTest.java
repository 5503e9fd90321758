package org.auscult.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.deeplearning4j.spark.impl.paramavg.ParameterAveragingTrainingResult;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

class DenseArrayKryoSerializerTest {
  private static final ClassTag<Object> ANY = ClassTag$.MODULE$.apply(Object.class);
  private static final String REGISTRATORS = DenseArrayKryoRegistrator.class.getName();

  private static SerializerInstance kryo(String registrators) {
    return new KryoSerializer(new SparkConf(false).set("spark.kryo.registrator", registrators))
        .newInstance();
  }

  @Test
  void aTrainingRoundsResultComesBackExactlyAndSmaller() {
    INDArray params = Nd4j.rand(DataType.FLOAT, 1, 4096);
    INDArray state = Nd4j.rand(DataType.FLOAT, 1, 8192);
    var result = new ParameterAveragingTrainingResult(params, state, 0.25, null, null, null);

    ByteBuffer dense = kryo(REGISTRATORS).serialize(result, ANY);
    ByteBuffer nd4j = kryo("org.nd4j.kryo.Nd4jRegistrator").serialize(result, ANY);
    var back = (ParameterAveragingTrainingResult) kryo(REGISTRATORS).deserialize(dense, ANY);

    assertThat(back.getParameters().shape()).containsExactly(1, 4096);
    assertThat(back.getParameters().toFloatVector()).containsExactly(params.toFloatVector());
    assertThat(back.getUpdaterState().toFloatVector()).containsExactly(state.toFloatVector());
    assertThat(back.getScore()).isEqualTo(0.25);
    // ND4J's format also writes the shape information buffer and type names per array
    assertThat(dense.remaining()).isLessThan(nd4j.remaining());
  }

  @Test
  void otherArraysGoThroughNd4jsFormat() {
    SerializerInstance s = kryo(REGISTRATORS);
    INDArray ints = Nd4j.create(new int[] {3, -4}, new long[] {2}, DataType.INT);
    INDArray scalar = Nd4j.scalar(2.5);
    assertThat(s.deserialize(s.serialize(ints, ANY), ANY)).isEqualTo(ints);
    assertThat(s.deserialize(s.serialize(scalar, ANY), ANY)).isEqualTo(scalar);
  }
}
