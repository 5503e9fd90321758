package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.auscult.features.dataset.Attribute;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;
import org.auscult.features.dsp.LogMelExtractor;
import org.auscult.features.dsp.LogMelSpectrogram;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the real set the three sections of a machine type are three variants of the machine, heard in
 * the same factory: what tells them apart is the machine, never the room. Otherwise a model that
 * learns to tell the sections apart learns the room, which no fault changes. A nearest-centroid
 * classifier on each clip's mean log-mel spectrum, fitted on {@value #TRAIN} source training clips
 * per section and tried on {@value #TEST} source test clips per section, checks both halves.
 */
class SectionSignatureTest {
  private static final Logger LOG = LoggerFactory.getLogger(SectionSignatureTest.class);
  private static final long SEED = ClipSynthesizer.DEFAULT_SEED;
  private static final int TRAIN = 30;
  private static final int TEST = 30;
  private static final double CHANCE = 1.0 / SectionAttributes.SECTIONS;
  /** Added to each band's variance, dB²: bands that never change still count, and 0/0 never. */
  private static final double VARIANCE_FLOOR = 0.01;
  /** The attributes of the real set that change the recording conditions, not the machine. */
  private static final Set<String> NOISE_KEYS = Set.of("f-n", "n-lv", "noise", "mic");

  /**
   * The background alone: every section's clips carry the noise attributes of section 00's (f-n,
   * n-lv, noise, mic, where the machine type has them at all), so the background may differ only
   * by section, and the section must not be heard. Over all machine types the classifier stays within
   * chance ± 0.1; each machine type within chance ± 0.25 (4 standard deviations of a guess over
   * 90 clips).
   */
  @Test
  void theBackgroundAloneCarriesNoSectionInformation() {
    MachineType[] machines = SynthMachine.types().toArray(new MachineType[0]);
    double[] accuracies = new double[machines.length];
    StringBuilder table = new StringBuilder();
    double sum = 0.0;
    for (int k = 0; k < machines.length; k++) {
      accuracies[k] = accuracy(machines[k], ClipSynthesizer.Layers.BACKGROUND, true);
      table.append(String.format(Locale.ROOT, "%n%-9s %.3f", machines[k].dirName(),
          accuracies[k]));
      sum += accuracies[k];
    }
    double mean = sum / machines.length;
    table.append(String.format(Locale.ROOT, "%nall       %.3f (chance %.3f)", mean, CHANCE));
    LOG.info("background-only section accuracy:{}", table);
    assertThat(mean).as("background-only section accuracy%s", table)
        .isCloseTo(CHANCE, within(0.1));
    for (int k = 0; k < machines.length; k++) {
      assertThat(accuracies[k]).as("background-only section accuracy of %s%s", machines[k],
          table).isCloseTo(CHANCE, within(0.25));
    }
  }

  /**
   * The whole clip, each section with its own machine attributes but section 00's noise
   * attributes: since the background carries no section information, what tells the sections
   * apart is the machine's variant (blade count, teeth, bearing geometry, resonances, valve
   * body…). A linear classifier on a clip's average spectrum is a weak listener; it still gets
   * four clips in five right for every machine type.
   */
  @Test
  void theMachineTellsTheSectionsApart() {
    StringBuilder table = new StringBuilder();
    double worst = 1.0;
    for (MachineType m : SynthMachine.types()) {
      double accuracy = accuracy(m, ClipSynthesizer.Layers.BOTH, true);
      table.append(String.format(Locale.ROOT, "%n%-9s %.3f", m.dirName(), accuracy));
      worst = Math.min(worst, accuracy);
    }
    LOG.info("section accuracy:{}", table);
    assertThat(worst).as("section accuracy%s", table).isGreaterThanOrEqualTo(0.8);
  }

  /**
   * The share of test clips whose mean log-mel spectrum lies nearest to the centroid of their own
   * section's training clips, each band's distance in units of its spread within the sections (so
   * that bands where clips of one section differ little weigh more).
   *
   * @param sameNoise give every section section 00's noise attributes
   */
  private static double accuracy(MachineType m, ClipSynthesizer.Layers layers,
      boolean sameNoise) {
    ClipSynthesizer synth = new ClipSynthesizer();
    LogMelExtractor extractor = LogMelSpectrogram.baseline().newExtractor();
    float[] clip = new float[ClipSynthesizer.SAMPLES];
    int sections = SectionAttributes.SECTIONS;
    int bands = extractor.parameters().nMels();
    double[][][] train = new double[sections][TRAIN][];
    double[][] centroids = new double[sections][bands];
    for (int s = 0; s < sections; s++) {
      for (int i = 0; i < TRAIN; i++) {
        synth.render(SEED, m, name(m, s, Split.TRAIN, i, sameNoise), layers, clip);
        train[s][i] = meanLogMel(extractor, clip);
        for (int d = 0; d < bands; d++) {
          centroids[s][d] += train[s][i][d] / TRAIN;
        }
      }
    }
    double[] variance = new double[bands];
    for (int s = 0; s < sections; s++) {
      for (double[] x : train[s]) {
        for (int d = 0; d < bands; d++) {
          double e = x[d] - centroids[s][d];
          variance[d] += e * e / (sections * (TRAIN - 1));
        }
      }
    }
    int right = 0;
    for (int s = 0; s < sections; s++) {
      for (int i = 0; i < TEST; i++) {
        synth.render(SEED, m, name(m, s, Split.TEST, i, sameNoise), layers, clip);
        double[] x = meanLogMel(extractor, clip);
        int nearest = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sections; c++) {
          double d2 = 0.0;
          for (int d = 0; d < bands; d++) {
            double e = x[d] - centroids[c][d];
            d2 += e * e / (variance[d] + VARIANCE_FLOOR);
          }
          if (d2 < best) {
            best = d2;
            nearest = c;
          }
        }
        right += nearest == s ? 1 : 0;
      }
    }
    return right / (double) (sections * TEST);
  }

  /**
   * A source clip name of {@code section}; with {@code sameNoise} its noise attributes are section
   * 00's, whatever the section's own are.
   */
  private static ClipName name(MachineType m, int section, Split split, int index,
      boolean sameNoise) {
    String own = SectionAttributes.forIndex(m, section, Domain.SOURCE, index);
    String attributes = own;
    if (sameNoise) {
      List<String> pairs = new ArrayList<>();
      for (Attribute a : ClipName.dev(section, Domain.SOURCE, split, Label.NORMAL, index, own)
          .attributePairs()) {
        if (!NOISE_KEYS.contains(a.key())) {
          pairs.add(a.key() + "_" + a.value());
        }
      }
      String first = SectionAttributes.forIndex(m, 0, Domain.SOURCE, index);
      for (Attribute a : ClipName.dev(0, Domain.SOURCE, split, Label.NORMAL, index, first)
          .attributePairs()) {
        if (NOISE_KEYS.contains(a.key())) {
          pairs.add(a.key() + "_" + a.value());
        }
      }
      attributes = String.join("_", pairs);
    }
    return ClipName.dev(section, Domain.SOURCE, split, Label.NORMAL, index, attributes);
  }

  private static double[] meanLogMel(LogMelExtractor extractor, float[] clip) {
    float[] logMel = extractor.compute(clip);
    int mels = extractor.parameters().nMels();
    int frames = logMel.length / mels;
    double[] mean = new double[mels];
    for (int t = 0; t < frames; t++) {
      for (int m = 0; m < mels; m++) {
        mean[m] += logMel[t * mels + m] / frames;
      }
    }
    return mean;
  }
}
