package org.auscult.jobs.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.auscult.jobs.io.DenseArrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Writes INDArrays for Kryo in bulk ({@link DenseArrays}) where it can, ND4J's own format
 * otherwise (other data types, scalars, empty arrays). nd4j-kryo's serializer writes every
 * array one value per call: the parameters and optimiser state that dl4j-spark broadcasts and
 * collects every averaging round.
 */
public final class DenseArrayKryoSerializer extends Serializer<INDArray> {
  private static final byte DENSE = 1;
  private static final byte ND4J = 2;

  @Override
  public void write(Kryo kryo, Output output, INDArray array) {
    try {
      DataOutputStream out = new DataOutputStream(output);
      if (DenseArrays.supports(array)) {
        out.writeByte(DENSE);
        DenseArrays.write(array, out);
      } else {
        out.writeByte(ND4J);
        Nd4j.write(array, out);
      }
    } catch (IOException e) {
      throw new KryoException(e);
    }
  }

  @Override
  public INDArray read(Kryo kryo, Input input, Class<INDArray> type) {
    try {
      DataInputStream in = new DataInputStream(input);
      byte format = in.readByte();
      return switch (format) {
        case DENSE -> DenseArrays.read(in);
        case ND4J -> Nd4j.read(in);
        default -> throw new KryoException("unknown INDArray format byte " + format);
      };
    } catch (IOException e) {
      throw new KryoException(e);
    }
  }
}
