package org.auscult.jobs.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.StageFailedException;
import org.auscult.jobs.io.OutputFileSystems;
import org.auscult.jobs.io.StageOutput;
import org.auscult.training.model.ModelFiles;
import org.auscult.training.model.ModelFormatException;
import org.auscult.training.model.ModelManifest;

/**
 * One trained model's folder, {@code <models>/<kind>/<machine or all>/}: its
 * {@value ModelManifest#FILE} and the kind's files, its training history and curves,
 * {@code checkpoints/} while (and after) training, and {@code _SUCCESS} written last. A rerun into
 * a folder that holds a model or an interrupted run is refused unless the user says
 * {@code --resume} or {@code --overwrite}.
 */
public final class ModelFolder {
  /** Checkpoints of the epochs so far, kept after training for a later {@code --resume}. */
  public static final String CHECKPOINTS = "checkpoints";

  private final FileSystem fs;
  private final Path dir;

  /** The folder {@code dir} on {@code fs}, qualified so that its paths name the file system. */
  private ModelFolder(FileSystem fs, Path dir) {
    this.fs = fs;
    this.dir = fs.makeQualified(dir);
  }

  /** The folder at {@code dir}, not touched yet. */
  public static ModelFolder at(Configuration conf, String dir) throws IOException {
    Path p = new Path(dir);
    return new ModelFolder(OutputFileSystems.of(p, conf), p);
  }

  /**
   * Refuses an existing model or interrupted run without {@code --resume}/{@code --overwrite};
   * touches nothing, so a run can check all its folders before it changes any.
   *
   * @throws StageFailedException with the message the user sees
   */
  public void check(boolean resume, boolean overwrite) throws IOException {
    if (overwrite || resume) {
      return;
    }
    if (fs.exists(new Path(dir, StageOutput.SUCCESS))) {
      throw new StageFailedException(ExitCodes.FAILED, "model folder " + dir
          + " already holds a trained model; "
          + "pass --overwrite to replace it or --resume to continue training it");
    }
    if (fs.exists(new Path(dir, CHECKPOINTS))
        || fs.exists(dir) && fs.listStatus(dir).length > 0) {
      throw new StageFailedException(ExitCodes.FAILED, "model folder " + dir
          + " holds an interrupted run; "
          + "pass --resume to continue from its last checkpoint or --overwrite to start over");
    }
  }

  /**
   * Prepares the folder for a run: {@link #check}s it, empties it for {@code --overwrite}, and
   * marks it incomplete until {@link #complete}.
   *
   * @throws StageFailedException with the message the user sees
   */
  public void prepare(boolean resume, boolean overwrite) throws IOException {
    check(resume, overwrite);
    if (overwrite) {
      fs.delete(dir, true);
    }
    fs.mkdirs(dir);
    fs.delete(new Path(dir, StageOutput.SUCCESS), false);
  }

  /** The folder as a qualified URI string. */
  public String path() {
    return dir.toString();
  }

  /** A file or folder inside, as a qualified URI string. */
  public String path(String child) {
    return new Path(dir, child).toString();
  }

  /** The folder's file system. */
  public FileSystem fileSystem() {
    return fs;
  }

  /** Writes the model: the kind's files, then the manifest. */
  public void writeModel(ModelManifest manifest, ModelFiles files) throws IOException {
    for (String name : files.names()) {
      writeBytes(name, files.bytes(name));
    }
    writeBytes(ModelManifest.FILE, manifest.toJson());
  }

  /** Writes a small text file inside the folder. */
  public void writeText(String name, String text) throws IOException {
    writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes to a file inside the folder. */
  public void writeBytes(String name, byte[] bytes) throws IOException {
    try (OutputStream out = fs.create(new Path(dir, name), true)) {
      out.write(bytes);
    }
  }

  /** Marks the model complete; written last. */
  public void complete() throws IOException {
    fs.create(new Path(dir, StageOutput.SUCCESS), true).close();
  }

  /** A model as read from its folder: the manifest and the kind's files. */
  public record Loaded(String folder, ModelManifest manifest, ModelFiles files) {}

  /**
   * Reads the model of a complete folder.
   *
   * @throws IOException naming the folder when it is incomplete, of another format or unreadable
   */
  public static Loaded read(Configuration conf, String dir) throws IOException {
    StageOutput.requireComplete(conf, dir, "model");
    Path p = new Path(dir);
    FileSystem fs = p.getFileSystem(conf);
    Path manifestFile = new Path(p, ModelManifest.FILE);
    if (!fs.exists(manifestFile)) {
      for (String old : new String[] {"gmm.json", "supervised.json"}) {
        if (fs.exists(new Path(p, old))) {
          throw ModelManifest.outdated(dir, "of an earlier build's own format (" + old + ")");
        }
      }
      throw new ModelFormatException("model folder " + dir + " has no " + ModelManifest.FILE);
    }
    ModelManifest manifest = ModelManifest.parse(readAll(fs, manifestFile), dir);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : manifest.files()) {
      Path f = new Path(p, name);
      if (!fs.exists(f)) {
        throw new ModelFormatException("model folder " + dir + " lacks " + name + ", which its "
            + ModelManifest.FILE + " lists");
      }
      files.put(name, readAll(fs, f));
    }
    return new Loaded(dir, manifest, ModelFiles.of(files, dir));
  }

  private static byte[] readAll(FileSystem fs, Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      return in.readAllBytes();
    }
  }
}
