package org.auscult.jobs.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.auscult.jobs.io.DenseArrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One minibatch file of {@link MinibatchExport}: features and labels as {@link DenseArrays}, the
 * labels left out where they are the features (an autoencoder's). DL4J's {@code DataSet.save}
 * writes one value per call and always both arrays; loading those files was a third of a Spark
 * training task's time (BENCHMARKS.md).
 *
 * <p>Layout: the magic {@code AUSM}, a version int (1), a flags byte (1: the labels are the
 * features), the features, then the labels unless flagged.
 */
final class MinibatchFile {
  private static final int MAGIC = 0x4155534d;
  private static final int VERSION = 1;
  private static final byte LABELS_ARE_FEATURES = 1;
  private static final int BUFFER_BYTES = 1 << 16;

  private MinibatchFile() {}

  /** Writes {@code batch} (features and labels, no masks) to {@code os}; the caller closes it. */
  static void write(DataSet batch, OutputStream os) throws IOException {
    if (batch.getFeaturesMaskArray() != null || batch.getLabelsMaskArray() != null) {
      throw new IllegalArgumentException("minibatch files hold no masks, the batch has "
          + (batch.getFeaturesMaskArray() != null ? "a features mask" : "a labels mask"));
    }
    INDArray features = batch.getFeatures();
    INDArray labels = batch.getLabels();
    if (features == null || labels == null) {
      throw new IllegalArgumentException("a minibatch file needs features and labels");
    }
    boolean same = labels == features;
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, BUFFER_BYTES));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeByte(same ? LABELS_ARE_FEATURES : 0);
    DenseArrays.write(features, out);
    if (!same) {
      DenseArrays.write(labels, out);
    }
    out.flush();
  }

  /** Reads a batch written by {@link #write}; {@code name} (the file) goes into any error. */
  static DataSet read(InputStream is, String name) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(is, BUFFER_BYTES));
    try {
      int magic = in.readInt();
      int version = in.readInt();
      if (magic != MAGIC || version != VERSION) {
        throw new IOException("not an Auscult minibatch file of version " + VERSION + " (magic "
            + Integer.toHexString(magic) + ", version " + version + ")");
      }
      byte flags = in.readByte();
      if (flags != 0 && flags != LABELS_ARE_FEATURES) {
        throw new IOException("unknown flags " + flags);
      }
      INDArray features = DenseArrays.read(in);
      INDArray labels = flags == LABELS_ARE_FEATURES ? features : DenseArrays.read(in);
      return new DataSet(features, labels);
    } catch (EOFException e) {
      throw new IOException(name + ": truncated", e);
    } catch (IOException e) {
      throw new IOException(name + ": " + e.getMessage(), e);
    }
  }
}
