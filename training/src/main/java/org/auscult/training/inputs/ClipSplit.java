package org.auscult.training.inputs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The validation split, drawn over whole clips: neighbouring context vectors or patches of one clip
 * overlap almost entirely, so a split over vectors would put near-copies of validation examples in
 * the training set and make the validation loss meaningless.
 */
public final class ClipSplit {
  private ClipSplit() {}

  /**
   * The ids held out for validation: {@code round(fraction · n)} of the distinct ids, drawn by a
   * seeded shuffle of the sorted ids, so the draw does not depend on the order they arrive in.
   * At least one clip is held out when the fraction is positive and there are two or more clips.
   */
  public static Set<String> validationIds(Collection<String> clipIds, double fraction, long seed) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
    }
    List<String> sorted = new ArrayList<>(new HashSet<>(clipIds));
    Collections.sort(sorted);
    Collections.shuffle(sorted, new Random(seed));
    int n = (int) Math.round(fraction * sorted.size());
    if (fraction > 0 && n == 0 && sorted.size() >= 2) {
      n = 1;
    }
    return Set.copyOf(sorted.subList(0, n));
  }
}
