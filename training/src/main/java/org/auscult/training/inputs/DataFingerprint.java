package org.auscult.training.inputs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A short SHA-256 fingerprint of the data a model was fitted on, saved with models and checkpoints
 * so a model can be traced to its data and a resumed run refuses other data. Computed per clip (its
 * key and every feature value it was read with) and combined over the sorted clip digests, so a
 * Spark job gets the same value with a map and a collect.
 */
public final class DataFingerprint {
  private DataFingerprint() {}

  /** One clip's digest, hex: its key and each non-null array, in order. */
  public static String clipDigest(String key, float[]... features) {
    MessageDigest md = sha256();
    md.update(key.getBytes(StandardCharsets.UTF_8));
    for (float[] f : features) {
      if (f == null) {
        continue;
      }
      ByteBuffer values = ByteBuffer.allocate(Integer.BYTES + f.length * Float.BYTES);
      values.putInt(f.length);
      values.asFloatBuffer().put(f);
      md.update(values.array());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Combines clip digests, in any order, into the data set's fingerprint. */
  public static String combine(Collection<String> clipDigests) {
    List<String> sorted = new ArrayList<>(clipDigests);
    Collections.sort(sorted);
    MessageDigest md = sha256();
    for (String d : sorted) {
      md.update(d.getBytes(StandardCharsets.US_ASCII));
      md.update((byte) '\n');
    }
    return "sha256:" + HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
