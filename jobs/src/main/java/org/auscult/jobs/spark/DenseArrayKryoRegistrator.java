package org.auscult.jobs.spark;

import com.esotericsoftware.kryo.Kryo;
import org.apache.spark.serializer.KryoRegistrator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Registers {@link DenseArrayKryoSerializer} for ND4J's array class. Listed after
 * {@code org.nd4j.kryo.Nd4jRegistrator} in {@code spark.kryo.registrator}, whose other
 * registrations it keeps and whose INDArray serializer it replaces (Kryo's {@code register} of a
 * registered class swaps its serializer).
 */
public final class DenseArrayKryoRegistrator implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.register(Nd4j.getBackend().getNDArrayClass(), new DenseArrayKryoSerializer());
  }
}
