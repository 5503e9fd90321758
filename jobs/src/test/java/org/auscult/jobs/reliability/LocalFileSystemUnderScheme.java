package org.auscult.jobs.reliability;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system under a scheme of its own ({@code <scheme>:///tmp/x} is the file
 * {@code /tmp/x}), uncached, so that a test file system can change how writes behave for the paths
 * a test gives that scheme and for no others.
 */
abstract class LocalFileSystemUnderScheme extends RawLocalFileSystem {
  /**
   * The scheme, a constant of the subclass: RawLocalFileSystem's constructor already asks for the
   * URI, before any field of a subclass is set.
   */
  @Override
  public abstract String getScheme();

  /** Lets {@code conf}'s file systems resolve {@code scheme:} paths with {@code type}. */
  static void register(Configuration conf, String scheme,
      Class<? extends LocalFileSystemUnderScheme> type) {
    conf.set("fs." + scheme + ".impl", type.getName());
    conf.setBoolean("fs." + scheme + ".impl.disable.cache", true);
  }

  /** The {@code scheme:} URI of a local path. */
  static String uri(String scheme, java.nio.file.Path local) {
    return scheme + "://" + local.toAbsolutePath();
  }

  @Override
  public URI getUri() {
    return URI.create(getScheme() + ":///");
  }
}
