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
 * A short SHA-256 fingerprint of the training data, saved with models and checkpoints so a model
 * can be traced to its data and a resumed run refuses other data. Computed per clip (id, class,
 * shape and every log-mel value) and combined over the sorted clip digests, so a Spark job gets the
 * same value with a map and a collect.
 */
public final class DataFingerprint {
  private DataFingerprint() {}

  /** The fingerprint of a set of training clips, {@code sha256:<64 hex>}. */
  public static String of(Collection<TrainingClip> clips) {
    List<String> digests = new ArrayList<>(clips.size());
    for (TrainingClip c : clips) {
      digests.add(clipDigest(c));
    }
    return combine(digests);
  }

  /** One clip's digest, hex. */
  public static String clipDigest(TrainingClip clip) {
    MessageDigest md = sha256();
    md.update(clip.clipId().getBytes(StandardCharsets.UTF_8));
    ByteBuffer header = ByteBuffer.allocate(12).putInt(clip.nMels()).putInt(clip.classId())
        .putInt(clip.logMel().length);
    md.update(header.array());
    ByteBuffer values = ByteBuffer.allocate(clip.logMel().length * Float.BYTES);
    values.asFloatBuffer().put(clip.logMel());
    md.update(values.array());
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
