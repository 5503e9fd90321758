package org.auscult.jobs.io;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Float and double arrays as their shape and their values' little-endian bytes, copied in bulk.
 * ND4J's own stream format ({@code Nd4j.write}, which Java serialization, nd4j-kryo and
 * {@code DataSet.save} use) reads and writes one value per call: a training round on Spark spent
 * most of its time there (BENCHMARKS.md).
 *
 * <p>Layout: the data type as a byte (0 float, 1 double), the rank as an int and each dimension as
 * a long ({@link DataOutput}'s big-endian), then the values in C order, little-endian.
 */
public final class DenseArrays {
  private static final byte FLOAT = 0;
  private static final byte DOUBLE = 1;
  /** ND4J's largest rank; a larger one in a header means the bytes are not a dense array. */
  private static final int MAX_RANK = 32;

  private DenseArrays() {}

  /** True when {@link #write} takes {@code array}: a float or double array of rank 1 or more. */
  public static boolean supports(INDArray array) {
    DataType type = array.dataType();
    return (type == DataType.FLOAT || type == DataType.DOUBLE) && array.rank() > 0
        && !array.isEmpty();
  }

  /** Writes {@code array}, which {@link #supports} must accept. */
  public static void write(INDArray array, DataOutput out) throws IOException {
    if (!supports(array)) {
      throw new IllegalArgumentException("expected a float or double array of rank >= 1, got "
          + array.dataType() + " of shape " + Arrays.toString(array.shape()));
    }
    boolean isFloat = array.dataType() == DataType.FLOAT;
    long[] shape = array.shape();
    out.writeByte(isFloat ? FLOAT : DOUBLE);
    out.writeInt(shape.length);
    for (long d : shape) {
      out.writeLong(d);
    }
    INDArray dense = isDense(array) ? array : array.dup('c');
    int n = Math.toIntExact(dense.length());
    ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(n, isFloat ? 4 : 8))
        .order(ByteOrder.LITTLE_ENDIAN);
    copyValues(dense.data().asNio().order(ByteOrder.nativeOrder()), bytes, n, isFloat);
    out.write(bytes.array());
  }

  /** Reads an array written by {@link #write}. */
  public static INDArray read(DataInput in) throws IOException {
    byte type = in.readByte();
    if (type != FLOAT && type != DOUBLE) {
      throw new IOException("not a dense array: data type byte " + type + ", expected 0 or 1");
    }
    int rank = in.readInt();
    if (rank < 1 || rank > MAX_RANK) {
      throw new IOException("not a dense array: rank " + rank + ", expected 1 to " + MAX_RANK);
    }
    long[] shape = new long[rank];
    long length = 1;
    for (int d = 0; d < rank; d++) {
      shape[d] = in.readLong();
      if (shape[d] < 1) {
        throw new IOException("not a dense array: dimension " + d + " is " + shape[d]);
      }
      length = Math.multiplyExact(length, shape[d]);
    }
    int width = type == FLOAT ? 4 : 8;
    if (length > Integer.MAX_VALUE / width) {
      throw new IOException("not a dense array: shape " + Arrays.toString(shape)
          + " is over 2 GB of values");
    }
    byte[] raw = new byte[(int) length * width];
    in.readFully(raw);
    // straight into the new array's memory: Nd4j.create(float[]) copies one value per call
    INDArray array = Nd4j.createUninitialized(type == FLOAT ? DataType.FLOAT : DataType.DOUBLE,
        shape, 'c');
    copyValues(ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN),
        array.data().asNio().order(ByteOrder.nativeOrder()), (int) length, type == FLOAT);
    return array;
  }

  /** The first {@code n} float or double values of {@code from} into {@code to}, in its order. */
  private static void copyValues(ByteBuffer from, ByteBuffer to, int n, boolean isFloat) {
    if (isFloat) {
      to.asFloatBuffer().put(from.asFloatBuffer().limit(n));
    } else {
      to.asDoubleBuffer().put(from.asDoubleBuffer().limit(n));
    }
  }

  /**
   * Whether the array's buffer holds exactly its values in C order, from the buffer's start. The
   * strides are checked too: a permuted array keeps its whole buffer and can report order 'c'.
   */
  private static boolean isDense(INDArray array) {
    return !array.isView() && array.ordering() == 'c' && array.offset() == 0
        && array.data().length() == array.length()
        && Arrays.equals(array.stride(), Nd4j.getStrides(array.shape(), 'c'));
  }
}
