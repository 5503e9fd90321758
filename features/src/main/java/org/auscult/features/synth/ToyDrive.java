package org.auscult.features.synth;

import java.util.Map;
import java.util.TreeSet;
import org.auscult.features.dataset.ClipName;

/**
 * The drive train shared by the toy car and the toy train: a small DC motor (whine at f_m with a
 * strong slot harmonic, brush noise pulsing at the commutation rate), a spur gear (mesh whine at
 * pinion · f_m) and wheels turning at f_w = f_m / ratio that roll with a noise pulsing once per
 * wheel turn; all coloured by the body's resonance. Faults of a toy drive live here too.
 *
 * <table>
 *   <caption>Parameters (levels as multiples of the nominal machine RMS)</caption>
 *   <tr><th>parameter</th><th>value</th></tr>
 *   <tr><td>motor whine</td><td>0.6, harmonics 1/k to 8, the slot harmonic ×3</td></tr>
 *   <tr><td>gear whine</td><td>0.45, mesh and its 2nd harmonic (0.4)</td></tr>
 *   <tr><td>brush noise</td><td>0.3 above 3 kHz, 50 % AM at slots · f_m</td></tr>
 *   <tr><td>rolling noise</td><td>0.5 · speed ratio, low-pass 1 kHz, 20 % AM at f_w</td></tr>
 *   <tr><td>body</td><td>+8 dB peak at the model's body frequency, Q 2</td></tr>
 *   <tr><td>speed jitter / wander</td><td>4 % / 1 %</td></tr>
 * </table>
 * Faults: <b>bent shaft</b>, gear and rolling noise modulated at f_w (depth 0.8·s) and the motor's
 * pitch wobbling with it (phase deviation 0.08·s cycles); <b>gear defect</b>, an impact (peak
 * 9·s) once per gear-wheel turn ringing 1.3 × the body frequency (Q 12); <b>excess voltage</b>,
 * f_m × (1 + 0.3·s) and level × (1 + 1.3·s).
 */
final class ToyDrive {
  /** Toy motors are imprecise: supply, brushes and friction vary from run to run. */
  private static final double SPEED_JITTER = 0.04;
  private static final double SPEED_WANDER = 0.01;
  private static final double WHINE_LEVEL = 0.6;
  private static final double GEAR_LEVEL = 0.45;
  private static final double BRUSH_LEVEL = 0.3;
  private static final double ROLLING_LEVEL = 0.5;
  private static final double BODY_GAIN_DB = 8.0;
  private static final double BODY_Q = 2.0;
  private static final int WHINE_HARMONICS = 8;
  /** The rotor-slot harmonic stands out of the motor whine by this factor. */
  private static final double SLOT_EMPHASIS = 3.0;
  private static final double BRUSH_HZ = 3000.0;
  /** Brush noise pulses at the commutation rate, rolling noise once per (slightly oval) wheel turn. */
  private static final double BRUSH_PULSE = 0.5;
  private static final double WHEEL_PULSE = 0.2;
  private static final double ROLLING_HZ = 1000.0;
  /** The gear wheel rings a little above the body's resonance, sharply. */
  private static final double GEAR_RING_RATIO = 1.3;
  private static final double GEAR_RING_Q = 12.0;
  private static final double IMPACT_PEAK = 9.0;
  private static final double BENT_DEPTH = 0.8;
  private static final double BENT_WOBBLE = 0.08;
  private static final double OVER_SPEED = 0.3;
  private static final double OVER_LEVEL = 1.3;
  private static final double MAX_HARMONIC_HZ = 7000.0;

  enum Fault { NONE, BENT_SHAFT, GEAR_DEFECT, EXCESS_VOLTAGE }

  /**
   * One toy model's drive.
   *
   * @param pinionTeeth teeth of the motor pinion: gear mesh at pinionTeeth · f_m
   * @param ratio motor turns per wheel turn
   * @param slots rotor slots: the motor's strongest harmonic and its commutation rate
   * @param bodyHz the body's main resonance
   */
  record Model(int pinionTeeth, double ratio, int slots, double bodyHz) {
  }

  private final Model model;
  private final TransferPath microphone;
  private final MachineCondition<Fault> condition;
  private final double motorHz;
  private final double speedRatio;
  private final SynthRandom rng;

  /**
   * One clip's drive, heard through the microphone its {@code mic} attribute names; its condition
   * (level, fault, severity) is drawn from {@code rng}, then it takes a stream of its own.
   *
   * @param motorHz the motor's rotation rate the supply sets
   * @param speedRatio the speed relative to the toy's usual speed (scales rolling noise)
   */
  ToyDrive(ClipName name, Model model, double motorHz, double speedRatio, boolean anomalous,
      SynthRandom rng) {
    this.model = model;
    this.microphone = microphone(ClipAttributes.text(name, "mic"));
    this.condition = MachineCondition.draw(Fault.class, anomalous, rng);
    this.rng = rng.fork();
    double over = 1.0 + OVER_SPEED * condition.severityOf(Fault.EXCESS_VOLTAGE);
    this.motorHz = this.rng.jitter(motorHz, SPEED_JITTER) * over;
    this.speedRatio = speedRatio * over;
  }

  /**
   * The toy model the clip's {@code car} attribute names among {@code models}.
   *
   * @param toy what the models are, for the message: {@code toy car}, {@code toy train}
   */
  static Model modelOf(ClipName name, Map<String, Model> models, String toy) {
    String car = ClipAttributes.text(name, "car");
    Model model = models.get(car);
    if (model == null) {
      throw new IllegalArgumentException("clip " + name + ": unknown " + toy + " '" + car
          + "', expected one of " + new TreeSet<>(models.keySet()));
    }
    return model;
  }

  /** The toy's RMS scale in this clip. */
  double unit() {
    return condition.unit();
  }

  /**
   * Adds the drive's sound; leaves the motor phase in {@code b.cycles} for the caller (wheel
   * phase = cycles / ratio).
   */
  void addTo(double[] out, SynthBuffers b) {
    int n = ClipSynthesizer.SAMPLES;
    double unit = condition.unit();
    double level = unit * (1.0 + OVER_LEVEL * condition.severityOf(Fault.EXCESS_VOLTAGE));
    Rotation.fill(b.cycles, n, motorHz, SPEED_WANDER, rng.fork());
    double bent = BENT_DEPTH * condition.severityOf(Fault.BENT_SHAFT);
    if (condition.fault() == Fault.BENT_SHAFT) {
      wobble(b.cycles, BENT_WOBBLE * condition.severity());
    }
    double spread = NormalVariation.COMPONENT_SIGMA_DB;
    addMotorWhine(out, b.cycles, level * rng.gainJitterDb(spread));
    addGearWhine(out, b.cycles, level * rng.gainJitterDb(spread), bent);
    addBrushAndRollingNoise(out, b, level * rng.gainJitterDb(spread),
        level * rng.gainJitterDb(spread) * speedRatio, bent);
    if (condition.fault() == Fault.GEAR_DEFECT) {
      addGearImpacts(out, b, unit * IMPACT_PEAK * condition.severity());
    }
  }

  /** What the toy made as the microphone hears it: coloured by the body, then by the path. */
  void applyPaths(double[] machine) {
    body().apply(machine, ClipSynthesizer.SAMPLES);
    microphone.apply(machine, ClipSynthesizer.SAMPLES);
  }

  /**
   * The ToyADMOS2 microphone path: mic 1 close to the toy (direct), mic 2 farther away, 1 dB
   * quieter, duller (low-pass 6 kHz) and coloured by a table reflection (+2 dB at 800 Hz).
   */
  private static TransferPath microphone(String mic) {
    return switch (mic) {
      case "1" -> TransferPath.DIRECT;
      case "2" -> TransferPath.of(-1.0, Biquad.lowPass(6000.0, Biquad.BUTTERWORTH_Q),
          Biquad.peaking(800.0, 1.0, 2.0));
      default -> throw new IllegalArgumentException("toy microphone must be 1 or 2, got '"
          + mic + "'");
    };
  }

  /** The body's colouring of everything the drive makes. */
  private TransferPath body() {
    return TransferPath.of(0.0, Biquad.peaking(model.bodyHz(), BODY_Q, BODY_GAIN_DB));
  }

  private void addMotorWhine(double[] out, double[] cycles, double level) {
    int count = Math.max(1, Math.min(WHINE_HARMONICS, (int) (MAX_HARMONIC_HZ / motorHz)));
    double[] amps = new double[count];
    for (int k = 1; k <= count; k++) {
      amps[k - 1] = (k == model.slots() ? SLOT_EMPHASIS : 1.0) / k;
    }
    Wavetable whine = Wavetable.withRandomPhases(amps, rng);
    Rotation.addTone(out, cycles, ClipSynthesizer.SAMPLES, whine, 1.0,
        level * WHINE_LEVEL / whine.rms(), 0.0);
  }

  private void addGearWhine(double[] out, double[] cycles, double level, double bentDepth) {
    double mesh = model.pinionTeeth() * motorHz;
    Wavetable gear = Wavetable.withRandomPhases(
        mesh * 2 < MAX_HARMONIC_HZ ? new double[] {1.0, 0.4} : new double[] {1.0}, rng);
    double g = level * GEAR_LEVEL / gear.rms();
    int teeth = model.pinionTeeth();
    if (bentDepth == 0.0) {
      Rotation.addTone(out, cycles, ClipSynthesizer.SAMPLES, gear, teeth, g, 0.0);
      return;
    }
    double perWheel = 1.0 / model.ratio();
    for (int i = 0; i < ClipSynthesizer.SAMPLES; i++) {
      double c = cycles[i];
      double x = teeth * c;
      double am = 1.0 + bentDepth * SineTable.sin(perWheel * c);
      out[i] += g * am * gear.at(x - (long) x);
    }
  }

  /**
   * Brush noise above 3 kHz pulsing at the commutation rate, and rolling noise below 1 kHz pulsing
   * once per wheel turn. Both from one white noise: their bands do not overlap.
   */
  private void addBrushAndRollingNoise(double[] out, SynthBuffers b, double brushLevel,
      double rollingLevel, double bentDepth) {
    int n = ClipSynthesizer.SAMPLES;
    Biquad high = Biquad.highPass(BRUSH_HZ, Biquad.BUTTERWORTH_Q);
    Biquad low = Biquad.lowPass(ROLLING_HZ, Biquad.BUTTERWORTH_Q);
    double gh = brushLevel * BRUSH_LEVEL / high.noiseGain();
    double gl = rollingLevel * ROLLING_LEVEL / low.noiseGain();
    rng.fork().fillWhite(b.work, n, 1.0);
    double[] w = b.work;
    double[] cycles = b.cycles;
    int slots = model.slots();
    double perWheel = 1.0 / model.ratio();
    double depth = WHEEL_PULSE + bentDepth;
    for (int i = 0; i < n; i++) {
      double c = cycles[i];
      double x = w[i];
      out[i] += gh * (1.0 + BRUSH_PULSE * SineTable.sin(slots * c)) * high.step(x)
          + gl * (1.0 + depth * SineTable.sin(perWheel * c)) * low.step(x);
    }
  }

  /** A chipped tooth on the gear wheel: one impact per wheel turn. */
  private void addGearImpacts(double[] out, SynthBuffers b, double peak) {
    Strikes strikes = new Strikes();
    Rotation.addImpacts(strikes, b.cycles, ClipSynthesizer.SAMPLES, 1.0 / model.ratio(),
        rng.nextDouble(), peak, 0.003, 0.2, rng.fork());
    strikes.ring(out, b.work, GEAR_RING_RATIO * model.bodyHz(), GEAR_RING_Q);
  }

  /** A bent shaft: the motor phase runs ahead and behind once per wheel turn. */
  private void wobble(double[] cycles, double deviation) {
    double perWheel = 1.0 / model.ratio();
    for (int i = 0; i < ClipSynthesizer.SAMPLES; i++) {
      cycles[i] += deviation * SineTable.sin(perWheel * cycles[i]);
    }
  }
}
