package org.auscult.jobs.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Lets Spark's Kryo serializer carry the immutable Java types Auscult ships to executors: records
 * and the JDK's unmodifiable collections ({@code List.of}, {@code Set.copyOf}, {@code Stream.toList},
 * {@code Collections.unmodifiable…}). Kryo 4 (Spark 3.5's) rebuilds an object by setting its fields
 * or calling {@code add}/{@code put}: it cannot create a serializer for a record ("Unable to create
 * serializer FieldSerializer") and fails with UnsupportedOperationException on an immutable
 * collection. Records go component by component through their canonical constructors
 * ({@link RecordKryoSerializer}); the collections, all Serializable, to Java serialization, which
 * goes through their serial proxies. Listed in {@code spark.kryo.registrator} (conf/cluster.conf,
 * conf/local.conf).
 */
public final class ImmutableTypesKryoRegistrator implements KryoRegistrator {
  /** The JDK's unmodifiable collection families, by their (non-public) common supertypes. */
  private static final String[] JDK_UNMODIFIABLE = {
      "java.util.ImmutableCollections$AbstractImmutableCollection",
      "java.util.ImmutableCollections$AbstractImmutableMap",
      "java.util.Collections$UnmodifiableCollection",
      "java.util.Collections$UnmodifiableMap",
  };

  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Record.class, RecordKryoSerializer.class);
    JavaSerializer java = new JavaSerializer();
    for (String name : JDK_UNMODIFIABLE) {
      kryo.addDefaultSerializer(jdkClass(name), java);
    }
  }

  private static Class<?> jdkClass(String name) {
    try {
      return Class.forName(name, false, null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("this JDK has no " + name + " (expected in Java 17)", e);
    }
  }
}
