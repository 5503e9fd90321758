package org.auscult.training.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Arrays written as raw little-endian values, as numpy's {@code fromfile} reads them. */
final class LittleEndianFiles {
  private LittleEndianFiles() {}

  /** {@code data} as float32, creating the file's folder. */
  static void writeFloats(Path file, float[] data) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(data.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(data);
    write(file, buf);
  }

  /** {@code data} as int32, creating the file's folder. */
  static void writeInts(Path file, int[] data) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(data.length * Integer.BYTES)
        .order(ByteOrder.LITTLE_ENDIAN);
    buf.asIntBuffer().put(data);
    write(file, buf);
  }

  private static void write(Path file, ByteBuffer buf) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.write(file, buf.array());
  }
}
