package org.auscult.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

class ImmutableTypesKryoRegistratorTest {
  private static final ClassTag<Object> ANY = ClassTag$.MODULE$.apply(Object.class);

  /** Shaped like the records Auscult ships to tasks: arrays and an unmodifiable list inside. */
  record Clip(String id, float[] logMel, List<String> attributes) implements Serializable {}

  private static SerializerInstance kryo(String registrators) {
    SparkConf conf = new SparkConf(false);
    if (registrators != null) {
      conf.set("spark.kryo.registrator", registrators);
    }
    return new KryoSerializer(conf).newInstance();
  }

  private static Object roundTrip(SerializerInstance s, Object value) {
    ByteBuffer bytes = s.serialize(value, ANY);
    return s.deserialize(bytes, ANY);
  }

  @Test
  void recordsAndUnmodifiableCollectionsSurviveKryo() {
    SerializerInstance s = kryo(ImmutableTypesKryoRegistrator.class.getName());
    Clip clip = new Clip("fan/train/a.wav", new float[] {1.5f, -2f}, List.of("a_1", "b_2"));

    Clip back = (Clip) roundTrip(s, clip);
    assertThat(back.id()).isEqualTo(clip.id());
    assertThat(back.logMel()).containsExactly(1.5f, -2f);
    assertThat(back.attributes()).containsExactly("a_1", "b_2");

    List<Object> values = List.of(List.of(), List.of(1), List.of(1, 2, 3), Set.of("x"),
        Set.copyOf(List.of("x", "y", "z")), Map.of("k", 1), Map.of("a", 1, "b", 2, "c", 3),
        Stream.of(4, 5).toList(), Collections.unmodifiableList(new ArrayList<>(List.of(6))),
        Collections.unmodifiableMap(new java.util.HashMap<>(Map.of("m", 7))));
    for (Object v : values) {
      assertThat(roundTrip(s, v)).as("%s (%s)", v, v.getClass().getName()).isEqualTo(v);
    }
  }

  private record Inner(long value, String clip) implements Serializable {}

  record Outer(int n, double d, Inner inner, String absent, int[] shape)
      implements Serializable {}

  @Test
  void recordsGoComponentByComponentWithoutAJavaObjectStream() {
    SerializerInstance s = kryo(ImmutableTypesKryoRegistrator.class.getName());
    Outer outer = new Outer(-3, 0.5, new Inner(Long.MIN_VALUE, "fan/x.wav"), null,
        new int[] {1, 128});

    Outer back = (Outer) roundTrip(s, outer);
    assertThat(back.n()).isEqualTo(-3);
    assertThat(back.d()).isEqualTo(0.5);
    assertThat(back.inner()).isEqualTo(outer.inner());
    assertThat(back.absent()).isNull();
    assertThat(back.shape()).containsExactly(1, 128);
    // a Java object stream also describes every class and component
    int java = new org.apache.spark.serializer.JavaSerializer(new SparkConf(false)).newInstance()
        .serialize(outer, ANY).remaining();
    assertThat(s.serialize(outer, ANY).remaining()).isLessThan(java / 2);
  }

  @Test
  void plainKryoCannotCarryThem() {
    SerializerInstance s = kryo(null);
    assertThatThrownBy(() -> roundTrip(s, new Clip("a", new float[0], List.of())))
        .hasStackTraceContaining("Unable to create serializer");
    assertThatThrownBy(() -> roundTrip(s, Set.of("x", "y", "z")))
        .hasStackTraceContaining("UnsupportedOperationException");
  }
}
