package org.auscult.training.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model's own files, by name, as bytes: what a kind writes and reads back. Serialisable, so the
 * Spark side broadcasts one copy to its tasks and each task reads its own model from it.
 */
public final class ModelFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, byte[]> files;
  private final String source;

  private ModelFiles(Map<String, byte[]> files, String source) {
    this.files = files;
    this.source = source;
  }

  /** The files {@code files}; {@code source} names them in messages (a folder, or "in memory"). */
  public static ModelFiles of(Map<String, byte[]> files, String source) {
    return new ModelFiles(new LinkedHashMap<>(files), Objects.requireNonNull(source, "source"));
  }

  /** Where the files come from, for messages. */
  public String source() {
    return source;
  }

  /** The file names, in the order they were written. */
  public List<String> names() {
    return List.copyOf(files.keySet());
  }

  /** True when there is a file {@code name}. */
  public boolean has(String name) {
    return files.containsKey(name);
  }

  /** The bytes of {@code name}. */
  public byte[] bytes(String name) throws ModelFormatException {
    byte[] b = files.get(name);
    if (b == null) {
      throw new ModelFormatException("model " + source + " has no file " + name + " (it has "
          + files.keySet() + ")");
    }
    return b;
  }

  /** A stream over {@code name}. */
  public InputStream open(String name) throws ModelFormatException {
    return new ByteArrayInputStream(bytes(name));
  }

  /** A JSON file read as {@code type} (snake_case keys). */
  public <T> T json(String name, Class<T> type) throws ModelFormatException {
    try {
      return ManifestJson.mapper().readValue(bytes(name), type);
    } catch (IOException e) {
      throw new ModelFormatException("model " + source + ": " + name + " is not a readable "
          + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** Collects the files a model writes. */
  public static final class Builder {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    /** Adds {@code name} with {@code bytes}; a name may be written once. */
    public Builder put(String name, byte[] bytes) {
      if (name.equals(ModelManifest.FILE) || files.putIfAbsent(name, bytes.clone()) != null) {
        throw new IllegalArgumentException("model file " + name + " written twice or reserved");
      }
      return this;
    }

    /** Adds {@code name} with what {@code writer} writes. */
    public Builder put(String name, StreamWriter writer) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      writer.write(out);
      return put(name, out.toByteArray());
    }

    /** Adds {@code name} with {@code value} as JSON (snake_case keys). */
    public Builder putJson(String name, Object value) throws IOException {
      return put(name, ManifestJson.mapper().writeValueAsBytes(value));
    }

    /** The files so far, named {@code source} in messages. */
    public ModelFiles build(String source) {
      return ModelFiles.of(files, source);
    }
  }

  /** Writes one file's content. */
  @FunctionalInterface
  public interface StreamWriter {
    void write(OutputStream out) throws IOException;
  }
}
