package org.auscult.features.synth;

import java.util.Arrays;
import java.util.Objects;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;

/**
 * Renders synthetic clips: 10 s of 16 kHz mono audio, a pure function of (seed, machine, section,
 * domain, split, label, index). The clip's attributes (from its name, as {@link SynthPlan} writes
 * them) drive the machine's physics; an anomalous clip gets one of the machine's faults with a
 * random severity. The result is bit-identical on every JVM and worker (see the package notes).
 *
 * <p>Levels: the machine sounds at about {@value #MACHINE_RMS} RMS (−26 dBFS) before the factory
 * background is added at the machine's signal-to-noise ratio; peaks above {@value #KNEE} are
 * bent smoothly towards {@value #CEILING}, so every sample lies well inside [−1, 1).
 *
 * <p>An instance keeps scratch buffers (about 6 MB) and is not thread-safe: use one per thread.
 */
public final class ClipSynthesizer {
  public static final int SAMPLE_RATE = 16_000;
  public static final int SECONDS = 10;
  public static final int SAMPLES = SAMPLE_RATE * SECONDS;
  /** The seed of the embedded synthetic data set, unless a run names another. */
  public static final long DEFAULT_SEED = 20_220_301L;
  /** Nominal RMS of a normal machine sound before the background is added. */
  public static final double MACHINE_RMS = 0.05;
  static final double SAMPLE_PERIOD = 1.0 / SAMPLE_RATE;
  /** Above this magnitude samples are compressed... */
  static final double KNEE = 0.5;
  /** ...towards this ceiling, which they never reach. */
  static final double CEILING = 0.95;

  private final SynthBuffers buffers = new SynthBuffers();

  /** A new clip array for {@code clip}. */
  public float[] render(long seed, SynthClip clip) {
    return render(seed, clip.machine(), clip.name());
  }

  /** A new clip array of {@link #SAMPLES} samples. */
  public float[] render(long seed, MachineType machine, ClipName name) {
    float[] out = new float[SAMPLES];
    render(seed, machine, name, out);
    return out;
  }

  /**
   * Renders into {@code out[0..SAMPLES)}.
   *
   * @throws IllegalArgumentException when the name is not a development name or lacks an
   *     attribute its machine and section need, or {@code out} is shorter than {@link #SAMPLES}
   */
  public void render(long seed, MachineType machine, ClipName name, float[] out) {
    render(seed, machine, name, Layers.BOTH, out);
  }

  /** Which layers of a clip to render: tests listen to the machine and the background apart. */
  enum Layers { MACHINE, BACKGROUND, BOTH }

  /**
   * Renders {@code layers} of the clip into {@code out[0..SAMPLES)}: the machine or the background
   * alone is exactly what the full clip holds of it (the random draws do not depend on
   * {@code layers}).
   */
  void render(long seed, MachineType machine, ClipName name, Layers layers, float[] out) {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(name, "name");
    if (out.length < SAMPLES) {
      throw new IllegalArgumentException("output buffer needs " + SAMPLES + " samples, got "
          + out.length);
    }
    SynthRandom rng = new SynthRandom(ClipSeed.of(seed, machine, name));
    SynthBuffers b = buffers;
    Arrays.fill(b.machine, 0.0);
    boolean anomalous = name.label() == Label.ANOMALY;
    SynthMachine kind = SynthMachine.of(machine);
    MachineSound sound = soundOf(kind, name, anomalous, rng.fork());
    if (layers != Layers.BACKGROUND) {
      sound.addTo(b.machine, b);
    }
    System.arraycopy(b.machine, 0, b.mix, 0, SAMPLES);
    FactoryBackground background =
        FactoryBackground.forClip(name, MACHINE_RMS, kind.snrDb(), rng);
    if (layers != Layers.MACHINE) {
      background.addTo(b.mix, b, rng.fork());
    }
    limit(b.mix, out);
  }

  private static MachineSound soundOf(SynthMachine machine, ClipName name, boolean anomalous,
      SynthRandom rng) {
    return switch (machine) {
      case FAN -> new FanSound(name, anomalous, rng);
      case GEARBOX -> new GearboxSound(name, anomalous, rng);
      case BEARING -> new BearingSound(name, anomalous, rng);
      case SLIDER -> new SliderSound(name, anomalous, rng);
      case TOY_CAR -> new ToyCarSound(name, anomalous, rng);
      case TOY_TRAIN -> new ToyTrainSound(name, anomalous, rng);
      case VALVE -> new ValveSound(name, anomalous, rng);
    };
  }

  /**
   * Copies to float, bending |x| above {@link #KNEE} along a rational curve that is continuous
   * with slope 1 at the knee and approaches {@link #CEILING}.
   */
  private static void limit(double[] mix, float[] out) {
    double room = CEILING - KNEE;
    for (int i = 0; i < SAMPLES; i++) {
      double x = mix[i];
      double a = Math.abs(x);
      if (a > KNEE) {
        double over = a - KNEE;
        double bent = KNEE + room * over / (over + room);
        x = x < 0 ? -bent : bent;
      }
      out[i] = (float) x;
    }
  }
}
