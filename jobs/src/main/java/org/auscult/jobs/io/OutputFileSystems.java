package org.auscult.jobs.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The file system Auscult writes its own files through: the path's, except that on a local disk
 * it is the raw one, so no Hadoop {@code .crc} file lands beside every clip, model and marker
 * (HDFS keeps its checksums inside, and Spark's own Parquet writes are unaffected).
 */
public final class OutputFileSystems {
  private OutputFileSystems() {}

  /** The file system to write {@code path} through. */
  public static FileSystem of(Path path, Configuration conf) throws IOException {
    return raw(path.getFileSystem(conf));
  }

  /** {@code fs}, or its raw file system when it is the checksummed local one. */
  public static FileSystem raw(FileSystem fs) {
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }
}
