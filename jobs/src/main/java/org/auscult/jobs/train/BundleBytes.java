package org.auscult.jobs.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.auscult.training.model.ModelBundle;

/**
 * A model bundle as bytes, to broadcast to tasks: each task restores its own network (DL4J
 * networks are not thread-safe and not serialisable as such).
 */
public record BundleBytes(byte[] networkZip, byte[] manifestJson, String source)
    implements Serializable {

  /** The bytes of {@code bundle}. */
  public static BundleBytes of(ModelBundle bundle, String source) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try {
      bundle.write(zip, json);
    } catch (IOException e) {
      throw new UncheckedIOException("could not serialise the model of " + source, e);
    }
    return new BundleBytes(zip.toByteArray(), json.toByteArray(), source);
  }

  /** A fresh copy of the bundle. */
  public ModelBundle restore() {
    try {
      return ModelBundle.read(new ByteArrayInputStream(networkZip),
          new ByteArrayInputStream(manifestJson), source);
    } catch (IOException e) {
      throw new UncheckedIOException("could not restore the model of " + source, e);
    }
  }
}
