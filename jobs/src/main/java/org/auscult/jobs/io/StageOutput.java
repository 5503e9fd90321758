package org.auscult.jobs.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.jobs.cli.StageFolderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stage output folder, published atomically: the stage writes into {@link #staging()}, then
 * {@link #commit} writes the manifest and {@code _SUCCESS} there and swaps it into place. A run that
 * dies before commit leaves the previous output untouched (and a staging folder that the next run
 * removes); readers call {@link #requireComplete} and refuse a folder without the marker.
 */
public final class StageOutput {
  /** Written last: its presence means the folder is complete. */
  public static final String SUCCESS = "_SUCCESS";
  /** What made the folder: stage, inputs' fingerprints, settings, versions, counts, timings. */
  public static final String MANIFEST = "_MANIFEST.json";

  private static final Logger LOG = LoggerFactory.getLogger(StageOutput.class);
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final FileSystem fs;
  private final Path target;
  private final Path staging;

  private StageOutput(FileSystem fs, Path target, Path staging) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
  }

  /**
   * Prepares a fresh staging folder beside {@code target}, removing stale ones of earlier failed
   * runs. {@code target} must be absent, empty, or an earlier output of the same {@code stage}: a
   * commit replaces it whole, so anything else there (a data set, another stage's output, a file)
   * would be lost.
   *
   * @throws StageFolderException naming the folder when it holds something else (exit 2) or its
   *     parent cannot be written (exit 1)
   */
  public static StageOutput begin(Configuration conf, String target, String stage)
      throws IOException {
    Path t = new Path(target);
    FileSystem fs = OutputFileSystems.of(t, conf);
    t = fs.makeQualified(t);
    requireReplaceable(conf, fs, t, stage);
    Path parent = t.getParent();
    try {
      fs.mkdirs(parent);
      for (var status : fs.listStatus(parent)) {
        if (status.getPath().getName().startsWith("." + t.getName() + ".staging-")) {
          fs.delete(status.getPath(), true);
        }
      }
      Path staging = new Path(parent, "." + t.getName() + ".staging-" + UUID.randomUUID());
      if (!fs.mkdirs(staging)) {
        throw new IOException("could not create " + staging);
      }
      return new StageOutput(fs, t, staging);
    } catch (IOException e) {
      throw StageFolderException.unwritable("output folder " + t + " cannot be written: "
          + e.getMessage(), e);
    }
  }

  private static void requireReplaceable(Configuration conf, FileSystem fs, Path target,
      String stage) throws IOException {
    FileStatus status;
    try {
      status = fs.getFileStatus(target);
    } catch (FileNotFoundException absent) {
      return;
    } catch (IOException e) {
      // e.g. a file where a parent folder should be: begin's mkdirs reports it with the folder
      return;
    }
    String why;
    if (!status.isDirectory()) {
      why = "is a file";
    } else if (fs.listStatus(target).length == 0) {
      return;
    } else if (!fs.exists(new Path(target, MANIFEST))) {
      why = "holds files that no Auscult stage wrote (no " + MANIFEST + ")";
    } else {
      Object made = readManifest(conf, target.toString()).get("stage");
      if (stage.equals(made)) {
        return;
      }
      why = "holds the output of the " + made + " stage";
    }
    throw StageFolderException.wrongFolder("output folder " + target + " " + why + "; the "
        + stage + " stage replaces its output folder whole, so give a new or empty folder, or "
        + "an earlier " + stage + " output");
  }

  /** Where the stage writes; a fully qualified URI string. */
  public String staging() {
    return staging.toString();
  }

  /** The staging path of a file or folder inside the output. */
  public String staging(String child) {
    return new Path(staging, child).toString();
  }

  /** The final folder. */
  public String target() {
    return target.toString();
  }

  /** The file system of the output. */
  public FileSystem fileSystem() {
    return fs;
  }

  /**
   * Writes the manifest and the success marker into the staging folder, then replaces the target
   * with it. Between the two renames the target is briefly absent, never half-written.
   */
  public void commit(Map<String, Object> manifest) throws IOException {
    try (OutputStream out = fs.create(new Path(staging, MANIFEST), true)) {
      JSON.writeValue(out, manifest);
    }
    fs.create(new Path(staging, SUCCESS), true).close();
    Path old = null;
    if (fs.exists(target)) {
      old = new Path(target.getParent(), "." + target.getName() + ".old-" + UUID.randomUUID());
      if (!fs.rename(target, old)) {
        throw new IOException("could not move the previous output " + target + " aside");
      }
    }
    if (!fs.rename(staging, target)) {
      if (old != null) {
        fs.rename(old, target);
      }
      throw new IOException("could not move " + staging + " to " + target);
    }
    if (old != null) {
      fs.delete(old, true);
    }
  }

  /** Removes the staging folder of a failed run; the target is left as it was. */
  public void abort() {
    LOG.warn("output folder {} was not written: the run failed; {}", target,
        exists(target) ? "the earlier output there is unchanged" : "there is no output");
    try {
      fs.delete(staging, true);
    } catch (IOException ignored) {
      // the next run's begin() removes it
    }
  }

  private boolean exists(Path p) {
    try {
      return fs.exists(p);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Checks that {@code folder} is a complete stage output.
   *
   * @throws IOException naming the folder and what is missing
   */
  public static void requireComplete(Configuration conf, String folder, String what)
      throws IOException {
    Path p = new Path(folder);
    FileSystem fs = p.getFileSystem(conf);
    if (!fs.exists(p)) {
      throw StageFolderException.wrongFolder(what + " folder " + folder + " does not exist");
    }
    if (!fs.exists(new Path(p, SUCCESS))) {
      throw StageFolderException.wrongFolder(what + " folder " + folder + " has no " + SUCCESS
          + " marker: it is incomplete (its stage failed or is still running); rerun that stage");
    }
  }

  /** Reads the manifest of a complete output folder. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> readManifest(Configuration conf, String folder)
      throws IOException {
    Path p = new Path(folder, MANIFEST);
    FileSystem fs = p.getFileSystem(conf);
    try (InputStream in = fs.open(p)) {
      return JSON.readValue(in, Map.class);
    }
  }
}
