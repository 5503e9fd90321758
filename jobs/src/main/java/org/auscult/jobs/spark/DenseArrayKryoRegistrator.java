package org.auscult.jobs.spark;

import com.esotericsoftware.kryo.Kryo;
import org.apache.spark.serializer.KryoRegistrator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Lets Kryo carry ND4J's arrays, in bulk ({@link DenseArrayKryoSerializer}). In place of
 * nd4j-kryo's {@code Nd4jRegistrator}, whose serializer copies one value per call and which starts
 * ND4J's native backend wherever Spark makes a Kryo instance, synth and features included: here
 * the array class is loaded but not initialised, so the backend starts only where an array is
 * written or read.
 */
public final class DenseArrayKryoRegistrator implements KryoRegistrator {
  /** nd4j-native's array class: the one ND4J backend Auscult ships. */
  private static final String NATIVE_ARRAY = "org.nd4j.linalg.cpu.nativecpu.NDArray";

  @Override
  public void registerClasses(Kryo kryo) {
    DenseArrayKryoSerializer serializer = new DenseArrayKryoSerializer();
    kryo.register(nativeArrayClass(), serializer);
    kryo.addDefaultSerializer(INDArray.class, serializer);
  }

  private static Class<?> nativeArrayClass() {
    try {
      return Class.forName(NATIVE_ARRAY, false, DenseArrayKryoRegistrator.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("ND4J's native backend is not on the classpath (expected "
          + NATIVE_ARRAY + ")", e);
    }
  }
}
