package org.auscult.jobs.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Writes a Java record for Kryo 4 component by component and rebuilds it through its canonical
 * constructor, as Java serialization does, without a Java object stream per record (Kryo's
 * {@code JavaSerializer} opens one for every object it is handed: the clips a training run
 * persists and shuffles are records).
 */
public final class RecordKryoSerializer<T extends Record> extends Serializer<T> {
  private final Method[] accessors;
  private final Constructor<T> constructor;

  /** Kryo calls this once per record class it meets. */
  public RecordKryoSerializer(Class<T> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components == null) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    accessors = new Method[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true);
      types[i] = components[i].getType();
    }
    try {
      constructor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
    }
    constructor.setAccessible(true);
  }

  @Override
  public void write(Kryo kryo, Output output, T record) {
    for (Method accessor : accessors) {
      try {
        kryo.writeClassAndObject(output, accessor.invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new KryoException("cannot read " + accessor + ": " + e, e);
      }
    }
  }

  @Override
  public T read(Kryo kryo, Input input, Class<T> type) {
    Object[] values = new Object[accessors.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = kryo.readClassAndObject(input);
    }
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new KryoException("cannot rebuild " + type.getName() + ": " + e, e);
    }
  }
}
