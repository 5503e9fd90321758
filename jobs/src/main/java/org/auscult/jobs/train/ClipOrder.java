package org.auscult.jobs.train;

import java.io.Serializable;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Spreads clips' examples over tasks in a seeded random order of clips. The features table keeps
 * a machine type's clips together, and a minibatch export task shuffles only as many examples as
 * its buffer holds (about two thousand whole-clip windows): fed in table order, each minibatch
 * would hold one or two machine types, and a network learning all of them at once would be pulled
 * towards a different few classes by every stretch of minibatches.
 */
final class ClipOrder {
  private ClipOrder() {}

  /**
   * {@code blocks} in {@code partitions} partitions, each holding its clips in an order drawn
   * from {@code seed} and the clip keys alone, so a rerun writes the same partitions whatever
   * order the clips were read in.
   */
  static JavaRDD<ExampleBlock> seeded(JavaRDD<ExampleBlock> blocks, int partitions, long seed) {
    return blocks.mapToPair(b -> new Tuple2<>(Rank.of(b.clipKey(), seed), b))
        .repartitionAndSortWithinPartitions(new HashPartitioner(partitions))
        .values();
  }

  /** A clip's place in the seeded order; equal values (keys with equal hash codes) by the key. */
  record Rank(long value, String clip) implements Comparable<Rank>, Serializable {
    static Rank of(String clip, long seed) {
      return new Rank(mix(seed * 0x9E3779B97F4A7C15L + mix(clip.hashCode())), clip);
    }

    @Override
    public int compareTo(Rank o) {
      int c = Long.compare(value, o.value);
      return c != 0 ? c : clip.compareTo(o.clip);
    }

    /** The partition: by the drawn value, so partitions get clips of every kind alike. */
    @Override
    public int hashCode() {
      return Long.hashCode(value);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
