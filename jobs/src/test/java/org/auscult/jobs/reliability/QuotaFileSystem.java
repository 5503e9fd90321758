package org.auscult.jobs.reliability;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local file system under the scheme {@code quota:} ({@code quota:///tmp/x} is the file
 * {@code /tmp/x}), with one byte quota shared by every instance: a write past it fails as a full
 * disk does, with "No space left on device", in the driver or in a task alike. Root ignores
 * permissions, so a full disk is the failure of a real write that a test can cause anywhere.
 */
public final class QuotaFileSystem extends LocalFileSystemUnderScheme {
  static final String SCHEME = "quota";
  private static final AtomicLong LEFT = new AtomicLong(Long.MAX_VALUE);

  @Override
  public String getScheme() {
    return SCHEME;
  }

  /** Lets {@code conf}'s file systems resolve {@code quota:} paths. */
  static void register(Configuration conf) {
    register(conf, SCHEME, QuotaFileSystem.class);
  }

  /** From now on, at most {@code bytes} more bytes can be written. */
  static void limit(long bytes) {
    LEFT.set(bytes);
  }

  /** No quota. */
  static void unlimited() {
    LEFT.set(Long.MAX_VALUE);
  }

  /** The {@code quota:} URI of a local path. */
  static String uri(java.nio.file.Path local) {
    return uri(SCHEME, local);
  }

  @Override
  protected OutputStream createOutputStreamWithMode(Path f, boolean append,
      FsPermission permission) throws IOException {
    return new FilterOutputStream(super.createOutputStreamWithMode(f, append, permission)) {
      @Override
      public void write(int b) throws IOException {
        take(1);
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        take(len);
        out.write(b, off, len);
      }
    };
  }

  private static void take(long n) throws IOException {
    if (LEFT.addAndGet(-n) < 0) {
      LEFT.addAndGet(n);
      throw new IOException("No space left on device");
    }
  }
}
