package org.auscult.jobs.reliability;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local file system under the scheme {@code readonly:} ({@code readonly:///tmp/x} is the file
 * {@code /tmp/x}), mounted read-only: reads work, and every change fails as on a read-only mount,
 * with "Read-only file system". Root writes through permission bits, so this is how a test run as
 * root meets an output folder it may not write.
 */
public final class ReadOnlyFileSystem extends LocalFileSystemUnderScheme {
  static final String SCHEME = "readonly";

  @Override
  public String getScheme() {
    return SCHEME;
  }

  /** Lets {@code conf}'s file systems resolve {@code readonly:} paths. */
  static void register(Configuration conf) {
    register(conf, SCHEME, ReadOnlyFileSystem.class);
  }

  /** The {@code readonly:} URI of a local path. */
  static String uri(java.nio.file.Path local) {
    return uri(SCHEME, local);
  }

  @Override
  public boolean mkdirs(Path f, FsPermission permission) throws IOException {
    throw readOnly(f);
  }

  @Override
  public boolean mkdirs(Path f) throws IOException {
    throw readOnly(f);
  }

  @Override
  protected OutputStream createOutputStreamWithMode(Path f, boolean append,
      FsPermission permission) throws IOException {
    throw readOnly(f);
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    throw readOnly(src);
  }

  @Override
  public boolean delete(Path p, boolean recursive) throws IOException {
    throw readOnly(p);
  }

  private static IOException readOnly(Path p) {
    return new IOException(p + ": Read-only file system");
  }
}
