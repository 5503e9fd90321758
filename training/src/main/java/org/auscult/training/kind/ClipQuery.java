package org.auscult.training.kind;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which clips of the features table a trainer fits on, and which of their feature columns it
 * reads (the log-mel is 160 kB a clip; a kind that needs only the gwrp vector should not read it).
 *
 * @param selection which clips
 * @param columns which feature columns
 */
public record ClipQuery(Selection selection, Set<Column> columns) implements Serializable {

  /** Which clips. */
  public enum Selection {
    /** The normal training clips (source and target): what the task allows a model to see. */
    NORMAL_TRAINING,
    /**
     * The labelled test clips, normal and anomalous. Only the label-using reference takes these;
     * no DCASE system may.
     */
    LABELLED_TEST
  }

  /** The feature columns beyond a clip's name. */
  public enum Column {
    LOG_MEL,
    GWRP
  }

  public ClipQuery {
    columns = columns.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(columns);
  }

  /** The normal training clips with {@code columns}. */
  public static ClipQuery normalTraining(Column first, Column... rest) {
    return new ClipQuery(Selection.NORMAL_TRAINING, EnumSet.of(first, rest));
  }

  /** True when the query reads {@code c}. */
  public boolean reads(Column c) {
    return columns.contains(c);
  }
}
