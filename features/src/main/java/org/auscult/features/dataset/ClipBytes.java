package org.auscult.features.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads the bytes of catalog entries, plain files and zip entries alike, on any Hadoop file system.
 * One instance per task: it keeps the zip it read last open, so a task whose entries come from one
 * zip (the features stage sorts them so) reads its central directory once.
 */
public final class ClipBytes implements Closeable {
  private final Configuration conf;
  private ZipArchive open;

  public ClipBytes(Configuration conf) {
    this.conf = conf;
  }

  /**
   * The whole file or entry.
   *
   * @throws IOException when it cannot be read, naming it (a damaged zip entry is one)
   */
  public byte[] read(CatalogEntry e) throws IOException {
    if (e.inZip()) {
      if (open == null || !open.path().equals(e.zip())) {
        close();
        Path zip = new Path(e.zip());
        open = ZipArchive.open(rawIfLocal(zip.getFileSystem(conf)), zip);
      }
      return open.read(e.entry());
    }
    Path p = new Path(e.path());
    FileSystem fs = rawIfLocal(p.getFileSystem(conf));
    long size = fs.getFileStatus(p).getLen();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IOException("file of " + size + " bytes is too large for a clip");
    }
    byte[] bytes = new byte[(int) size];
    try (InputStream in = fs.open(p)) {
      int off = 0;
      while (off < bytes.length) {
        int n = in.read(bytes, off, bytes.length - off);
        if (n < 0) {
          throw new IOException("file ended after " + off + " of " + size + " bytes");
        }
        off += n;
      }
    }
    return bytes;
  }

  /**
   * Hadoop's .crc side files are no part of a data set (the real one has none): a clip replaced
   * after it was written must read as what it is, not as a checksum error.
   */
  static FileSystem rawIfLocal(FileSystem fs) {
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  @Override
  public void close() throws IOException {
    if (open != null) {
      ZipArchive z = open;
      open = null;
      z.close();
    }
  }
}
