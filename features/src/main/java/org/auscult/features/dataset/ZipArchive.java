package org.auscult.features.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A zip read in place on any Hadoop file system: its central directory lists the entries, and an
 * entry is read by seeking to it, so neither the driver nor an executor unpacks anything to disk.
 * The data sets' zips hold WAV files stored or deflated; an entry whose bytes do not match the CRC
 * the zip recorded, or that cannot be inflated, fails with its name.
 */
public final class ZipArchive implements Closeable {

  /** One entry as the central directory lists it. */
  public record Entry(String name, long size, boolean folder) {
  }

  private final String path;
  private final ZipFile zip;

  private ZipArchive(String path, ZipFile zip) {
    this.path = path;
    this.zip = zip;
  }

  /**
   * Opens {@code file} and reads its central directory.
   *
   * @throws IOException naming the zip when it is not one or its central directory is damaged
   */
  public static ZipArchive open(FileSystem fs, Path file) throws IOException {
    String path = file.toString();
    HadoopSeekableChannel channel = new HadoopSeekableChannel(fs, file);
    try {
      return new ZipArchive(path, new ZipFile(channel, path, StandardCharsets.UTF_8.name(), true,
          true));
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw new IOException("cannot read the zip " + path + ": " + e.getMessage(), e);
    }
  }

  /** Every entry in central-directory order. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
      out.add(new Entry(e.getName(), Math.max(0, e.getSize()), e.isDirectory()));
    }
    return out;
  }

  /**
   * The bytes of entry {@code name}.
   *
   * @throws IOException naming the zip and the entry when it is missing, cannot be inflated, or
   *     its bytes do not match the zip's CRC or size
   */
  public byte[] read(String name) throws IOException {
    ZipArchiveEntry e = zip.getEntry(name);
    if (e == null) {
      throw new IOException("no entry " + name + " in " + path);
    }
    if (e.getSize() > Integer.MAX_VALUE - 8) {
      throw new IOException("entry " + name + " of " + path + " is too large: " + e.getSize()
          + " bytes");
    }
    byte[] bytes;
    try (InputStream in = zip.getInputStream(e)) {
      bytes = in.readAllBytes();
    } catch (IOException | RuntimeException ex) {
      throw new IOException("damaged zip entry " + name + " in " + path + ": " + ex.getMessage(),
          ex);
    }
    if (e.getSize() >= 0 && bytes.length != e.getSize()) {
      throw new IOException("damaged zip entry " + name + " in " + path + ": " + bytes.length
          + " bytes, the zip says " + e.getSize());
    }
    if (e.getCrc() >= 0) {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      if (crc.getValue() != e.getCrc()) {
        throw new IOException("damaged zip entry " + name + " in " + path + ": CRC "
            + Long.toHexString(crc.getValue()) + ", the zip says " + Long.toHexString(e.getCrc()));
      }
    }
    return bytes;
  }

  /** The zip's path. */
  public String path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
