package org.auscult.features.extract;

import java.io.Serializable;
import java.util.Objects;
import org.auscult.features.dsp.GwrpDecays;

/**
 * How clips are read as they come: which channel of a multi-channel file, how short a clip may be,
 * and the gwrp decay of each machine type. Clips of any length are read whole; other sample rates
 * are resampled to the log-mel rate.
 *
 * @param channel the channel of a multi-channel file to read, from 0 (DCASE 2020 read MIMII's
 *     8-channel files at channel 0), or {@link #MEAN} for the mean of all channels; a mono file is
 *     read as it is whatever this says
 * @param minSeconds a clip shorter than this is a bad clip (an empty or cut recording)
 * @param gwrp the gwrp decay per machine type
 */
public record ClipReading(int channel, double minSeconds, GwrpDecays gwrp) implements Serializable {

  /** {@link #channel()} value that averages every channel (librosa's {@code to_mono}). */
  public static final int MEAN = -1;

  /** Channel 0, clips of at least 1 s, the LY system's gwrp decays. */
  public static final ClipReading DEFAULT = new ClipReading(0, 1.0, GwrpDecays.LY);

  public ClipReading {
    if (channel < MEAN) {
      throw new IllegalArgumentException("channel must be >= 0 (or MEAN), got " + channel);
    }
    if (!(minSeconds >= 0 && Double.isFinite(minSeconds))) {
      throw new IllegalArgumentException("minSeconds must be >= 0, got " + minSeconds);
    }
    Objects.requireNonNull(gwrp, "gwrp");
  }

  /** The channel as configuration writes it: its number, or {@code mean}. */
  public String channelName() {
    return channel == MEAN ? "mean" : Integer.toString(channel);
  }
}
