package org.auscult.features.synth;

import org.auscult.features.dataset.ClipName;

/**
 * A rolling-element bearing on a test rig: rotation lines at k · f_rot, smooth rolling noise
 * through the structure's broad resonance, breathing at the cage rate, and the faint random ticks
 * of surface roughness and debris ringing the structure's sharp resonance, all heard through the
 * path from the microphone's location.
 *
 * <table>
 *   <caption>Variants: the bearing and its housing</caption>
 *   <tr><th>section</th><th>balls</th><th>d/D</th><th>BPFO, BPFI, FTF (× f_rot)</th>
 *       <th>broad / sharp resonance</th></tr>
 *   <tr><td>00</td><td>9</td><td>0.25</td><td>3.375, 5.625, 0.375</td><td>2.8 / 3.6 kHz</td></tr>
 *   <tr><td>01</td><td>12</td><td>0.20</td><td>4.8, 7.2, 0.4</td><td>2.0 / 2.9 kHz</td></tr>
 *   <tr><td>02</td><td>7</td><td>0.30</td><td>2.45, 4.55, 0.35</td><td>3.6 / 4.6 kHz</td></tr>
 * </table>
 * (contact angle φ = 0: BPFO = (n/2)(1 − d/D), BPFI = (n/2)(1 + d/D), FTF = (1 − d/D)/2.)
 *
 * <table>
 *   <caption>Parameters (levels as multiples of the nominal machine RMS)</caption>
 *   <tr><th>parameter</th><th>value</th></tr>
 *   <tr><td>f_rot</td><td>{@value #HZ_PER_VEL} Hz per unit of vel (vel 6 → 15 Hz)</td></tr>
 *   <tr><td>rotation lines</td><td>0.3, k = 1..4, 1/k</td></tr>
 *   <tr><td>rolling noise</td><td>0.8 · √(f_rot / 30 Hz), band at the broad resonance, Q 2, plus
 *       low-pass 600 Hz; 10 % AM at FTF</td></tr>
 *   <tr><td>roughness</td><td>ticks at random times, BPFO on average, peak {@value #ROUGHNESS_PEAK}
 *       · √(f_rot / 30 Hz), ± {@value #ROUGHNESS_SIGMA_DB} dB from clip to clip (wear, grease,
 *       debris), ringing the sharp resonance (Q 10)</td></tr>
 *   <tr><td>location (section 01, loc)</td><td>a peaking filter and a low-pass per location: A 2.5 kHz
 *       +6 dB / 7 kHz, B 3.2 +4 / 6, C 1.8 +5 / 7.5, D 4.2 +3 / 5.5; target E 2.2 +8 / 5, F 3.7 +6 /
 *       4.5, G 1.5 +4 / 6.5, H 5.0 +5 / 7</td></tr>
 *   <tr><td>speed jitter / wander</td><td>1 % / 0.3 %</td></tr>
 * </table>
 * Faults: <b>outer-race</b> defect, impacts at BPFO (±2 % slip, peak 10·s · √(f_rot / 30 Hz))
 * ringing the sharp resonance; <b>inner-race</b> defect, impacts at BPFI, their amplitude
 * modulated at f_rot as the defect turns through the load zone. A mild defect rings no louder than
 * a rough bearing: it differs in its rhythm.
 */
final class BearingSound implements MachineSound {
  static final double HZ_PER_VEL = 2.5;
  private static final double SPEED_JITTER = 0.01;
  private static final double SPEED_WANDER = 0.003;
  private static final double LINE_LEVEL = 0.3;
  private static final double ROLLING_LEVEL = 0.8;
  private static final double ROLLING_REF_HZ = 30.0;
  private static final double CAGE_DEPTH = 0.1;
  private static final double STRUCTURE_Q = 2.0;
  private static final double ROLLING_LOW_HZ = 600.0;
  private static final double DEFECT_Q = 10.0;
  private static final double PATH_Q = 1.5;
  private static final double IMPACT_PEAK = 10.0;
  /** Balls slip: impacts come up to this fraction of a period early or late. */
  private static final double SLIP = 0.02;
  private static final double IMPACT_SPREAD = 0.3;
  /** An inner-race defect strikes from 1 − 2·depth (opposite the load) to 1 (in the load zone). */
  private static final double LOAD_ZONE_DEPTH = 0.4;
  /** The rolling noise's structural band and low-frequency parts, relative amplitudes. */
  private static final double ROLLING_BAND_SHARE = 0.8;
  private static final double ROLLING_LOW_SHARE = 0.6;
  private static final double ROUGHNESS_PEAK = 1.2;
  private static final double ROUGHNESS_SIGMA_DB = 3.0;

  /**
   * One bearing and its housing: rolling elements, ball to pitch diameter d/D, the broad
   * resonance the rolling noise passes through and the sharp one that impacts ring.
   */
  private record Model(int balls, double ballRatio, double structureHz, double ringHz) {
    /** Ball-pass frequency of the outer race, in multiples of f_rot. */
    double bpfo() {
      return balls / 2.0 * (1.0 - ballRatio);
    }

    /** Ball-pass frequency of the inner race, in multiples of f_rot. */
    double bpfi() {
      return balls / 2.0 * (1.0 + ballRatio);
    }

    /** Fundamental train (cage) frequency, in multiples of f_rot. */
    double ftf() {
      return 0.5 * (1.0 - ballRatio);
    }
  }

  private static final Model[] SECTIONS = {
      new Model(9, 0.25, 2800.0, 3600.0),
      new Model(12, 0.20, 2000.0, 2900.0),
      new Model(7, 0.30, 3600.0, 4600.0)};

  private enum Fault { NONE, OUTER_RACE, INNER_RACE }

  private final Model model;
  private final double rotHz;
  private final String location;
  private final MachineCondition<Fault> condition;
  private final SynthRandom rng;

  BearingSound(ClipName name, boolean anomalous, SynthRandom rng) {
    this.model = SECTIONS[name.section()];
    this.rotHz = HZ_PER_VEL * ClipAttributes.number(name, "vel");
    this.location = ClipAttributes.text(name, "loc", "A");
    this.rng = rng;
    this.condition = MachineCondition.draw(Fault.class, anomalous, rng);
  }

  @Override
  public void addTo(double[] machine, SynthBuffers b) {
    int n = ClipSynthesizer.SAMPLES;
    double hz = rng.jitter(rotHz, SPEED_JITTER);
    Rotation.fill(b.cycles, n, hz, SPEED_WANDER, rng.fork());
    double unit = condition.unit();
    Wavetable lines = Wavetable.withRandomPhases(new double[] {1.0, 0.5, 0.33, 0.25}, rng);
    Rotation.addTone(machine, b.cycles, n, lines, 1.0, unit * LINE_LEVEL / lines.rms(), 0.0);
    addRollingNoise(machine, b, hz, unit * rng.gainJitterDb(NormalVariation.COMPONENT_SIGMA_DB));
    double speed = Math.sqrt(hz / ROLLING_REF_HZ);
    addRoughness(machine, b.work, hz,
        unit * ROUGHNESS_PEAK * speed * rng.gainJitterDb(ROUGHNESS_SIGMA_DB));
    if (condition.fault() != Fault.NONE) {
      addDefectImpacts(machine, b, unit * IMPACT_PEAK * condition.severity() * speed);
    }
    pathFrom(location).apply(machine, n);
  }

  /** Rolling noise through the structure's broad resonance and below, breathing with the cage. */
  private void addRollingNoise(double[] out, SynthBuffers b, double hz, double level) {
    Biquad band =
        Biquad.bandPass(NormalVariation.resonance(model.structureHz(), rng), STRUCTURE_Q);
    Biquad low = Biquad.lowPass(ROLLING_LOW_HZ, Biquad.BUTTERWORTH_Q);
    double g = level * ROLLING_LEVEL * Math.sqrt(hz / ROLLING_REF_HZ);
    BandNoise.addTwoPulsing(out, b, band, g * ROLLING_BAND_SHARE, low, g * ROLLING_LOW_SHARE,
        model.ftf(), CAGE_DEPTH, rng);
  }

  /**
   * Roughness and debris: ticks at random (Poisson) times, as many as a race defect would strike
   * on average, ringing the structure as a defect does.
   */
  private void addRoughness(double[] out, double[] work, double hz, double peak) {
    Strikes strikes = new Strikes();
    strikes.addAtRandom(model.bpfo() * hz, peak, 0.2, 1.8, rng);
    strikes.ring(out, work, model.ringHz(), DEFECT_Q);
  }

  /** A spall on a race: an impact each time a ball passes it, ringing the structure. */
  private void addDefectImpacts(double[] out, SynthBuffers b, double peak) {
    Strikes strikes = new Strikes();
    double rate = condition.fault() == Fault.OUTER_RACE ? model.bpfo() : model.bpfi();
    Rotation.addImpacts(strikes, b.cycles, ClipSynthesizer.SAMPLES, rate, rng.nextDouble(), peak,
        SLIP, IMPACT_SPREAD, rng.fork());
    if (condition.fault() == Fault.INNER_RACE) {
      // the defect turns with the shaft: strong in the load zone, weak opposite it
      double[] cycles = b.cycles;
      double zone = rng.nextDouble();
      strikes.scaleEach(
          i -> 1.0 - LOAD_ZONE_DEPTH + LOAD_ZONE_DEPTH * SineTable.cos(cycles[i] - zone));
    }
    strikes.ring(out, b.work, model.ringHz(), DEFECT_Q);
  }

  /** A structural peak of {@code gainDb} at {@code peakHz} and the air's low-pass at {@code lowHz}. */
  private static TransferPath path(double peakHz, double gainDb, double lowHz) {
    return TransferPath.of(0.0, Biquad.peaking(peakHz, PATH_Q, gainDb),
        Biquad.lowPass(lowHz, Biquad.BUTTERWORTH_Q));
  }

  /** The path from the microphone location (section 01's loc; A elsewhere). */
  private static TransferPath pathFrom(String location) {
    return switch (location) {
      case "A" -> path(2500, 6, 7000);
      case "B" -> path(3200, 4, 6000);
      case "C" -> path(1800, 5, 7500);
      case "D" -> path(4200, 3, 5500);
      case "E" -> path(2200, 8, 5000);
      case "F" -> path(3700, 6, 4500);
      case "G" -> path(1500, 4, 6500);
      case "H" -> path(5000, 5, 7000);
      default -> throw new IllegalArgumentException("bearing location must be A..H, got '"
          + location + "'");
    };
  }
}
