package org.auscult.training.kinds;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.auscult.training.engine.NetworkRecipe;
import org.auscult.training.inputs.ClipWindows;
import org.auscult.training.inputs.Examples;
import org.auscult.training.inputs.MinibatchAugmentation;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.inputs.StatisticsExchange;
import org.auscult.training.inputs.StatsAccumulator;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.Keyed;
import org.deeplearning4j.nn.api.Model;

/**
 * The examples of a network that learns which class a whole clip belongs to (the classifier and
 * the embedding): each mel bin standardised, a training window of {@code frames} frames at a
 * seeded offset (tiled round a shorter clip), labelled with the clip's class — one-hot, or its
 * index in one column for class-id losses. A clip of a rare class gives {@code repeats[class]}
 * windows at different offsets, so a target domain of ten clips is not drowned by a thousand.
 * With a statistics exchange the one-hot rows have {@link StatisticsExchange#LABEL_BLOCKS} blocks
 * of classes, the clip's class in the first.
 *
 * @param key a clip's class name
 * @param repeats windows per clip, by class index
 * @param classIds labels as one column of class indices instead of one-hot rows
 * @param augmentation what is done to the minibatches
 * @param network makes the network
 */
public record ClassNetworkRecipe(int nMels, int frames, ClassIndex classes, ClassKey key,
    int[] repeats, boolean classIds, MinibatchAugmentation augmentation, long seed,
    NetworkMaker network)
    implements NetworkRecipe {

  /** A clip's class name, shipped to tasks. */
  @FunctionalInterface
  public interface ClassKey extends Serializable {
    String of(Clip clip);
  }

  /** Makes a new network, shipped to tasks. */
  @FunctionalInterface
  public interface NetworkMaker extends Serializable {
    Model make();
  }

  public ClassNetworkRecipe {
    Objects.requireNonNull(classes, "classes");
    if (repeats.length != classes.size()) {
      throw new IllegalArgumentException(repeats.length + " repeat counts for " + classes.size()
          + " classes");
    }
    if (classIds && augmentation.exchange().active()) {
      throw new IllegalArgumentException("a statistics exchange needs one-hot labels, not ids");
    }
  }

  /** Output classes of the network: the classes, three times over with a statistics exchange. */
  public int outputClasses() {
    return outputClasses(classes.size(), augmentation);
  }

  /** Output classes of a network over {@code classes} classes trained with {@code augmentation}. */
  public static int outputClasses(int classes, MinibatchAugmentation augmentation) {
    return classes * (augmentation.exchange().active() ? StatisticsExchange.LABEL_BLOCKS : 1);
  }

  /**
   * Windows per clip by class index: the mean class size over the class's size, rounded, between 1
   * and {@code maxRepeat}.
   */
  public static int[] repeats(List<Keyed<String>> keys, ClassIndex classes, int maxRepeat) {
    long[] counts = new long[classes.size()];
    for (Keyed<String> k : keys) {
      counts[classes.require(k.value())]++;
    }
    double mean = (double) keys.size() / classes.size();
    int[] repeats = new int[counts.length];
    for (int c = 0; c < counts.length; c++) {
      repeats[c] = (int) Math.max(1, Math.min(maxRepeat, Math.round(mean / counts[c])));
    }
    return repeats;
  }

  @Override
  public int statisticsDimensions() {
    return nMels;
  }

  @Override
  public void addStatistics(Clip clip, StatsAccumulator statistics) {
    statistics.merge(new StatsAccumulator(nMels).addRows(clip.trainingLogMel()));
  }

  @Override
  public Examples examples(Clip clip, Standardizer standardizer) {
    float[] logMel = standardizer.apply(clip.trainingLogMel());
    int cls = classes.require(key.of(clip));
    int n = repeats[cls];
    int width = frames * nMels;
    int labelWidth = classIds ? 1 : outputClasses();
    float[] features = new float[n * width];
    float[] labels = new float[n * labelWidth];
    int clipFrames = logMel.length / nMels;
    long h = seed ^ clip.key().hashCode() * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < n; i++) {
      h = h * 6364136223846793005L + 1442695040888963407L;
      int offset = (int) Math.floorMod(h >>> 17, (long) clipFrames);
      System.arraycopy(ClipWindows.window(logMel, nMels, frames, offset), 0, features, i * width,
          width);
      labels[i * labelWidth + (classIds ? 0 : cls)] = classIds ? cls : 1f;
    }
    return new Examples(features, new long[] {1, frames, nMels}, labels, labelWidth, n);
  }

  @Override
  public Model newNetwork() {
    return network.make();
  }

  @Override
  public MinibatchAugmentation augmentation() {
    return augmentation;
  }
}
