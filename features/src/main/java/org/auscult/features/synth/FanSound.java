package org.auscult.features.synth;

import org.auscult.features.dataset.ClipName;

/**
 * An industrial fan: blade-pass tone f_bp = blades · f_rot with harmonics, broadband air noise
 * pulsing at f_bp, faint shaft lines at 1× and 2× f_rot and the motor's 100 Hz hum, all heard
 * through the fan's housing (a resonance of its own).
 *
 * <table>
 *   <caption>Variants: blades × f_rot, air band, housing resonance</caption>
 *   <tr><th>section</th><th>fan</th><th>blades × f_rot</th><th>air band</th><th>housing</th></tr>
 *   <tr><td>00</td><td>axial fans by m-n</td><td>W 6 × 24 Hz, X 8 × 21; target Y 6 × 27, Z 9 ×
 *       19</td><td>900 Hz</td><td>1.4 kHz</td></tr>
 *   <tr><td>01</td><td>a ducted fan</td><td>7 × 23 Hz</td><td>1.3 kHz</td><td>2.3 kHz</td></tr>
 *   <tr><td>02</td><td>a large, slow-bladed fan</td><td>5 × 28 Hz</td><td>600 Hz</td>
 *       <td>950 Hz</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Parameters (levels as multiples of the nominal machine RMS)</caption>
 *   <tr><th>parameter</th><th>value</th></tr>
 *   <tr><td>speed jitter per clip / wander in a clip</td><td>1 % / 0.3 %</td></tr>
 *   <tr><td>blade-pass tone</td><td>0.6, harmonics 1/k^1.2 up to 7 kHz</td></tr>
 *   <tr><td>air noise</td><td>0.75, band-pass at the air band, Q 0.6, plus low-pass 300 Hz, 15 %
 *       AM at f_bp</td></tr>
 *   <tr><td>motor hum / shaft lines</td><td>0.12 at 100, 200, 300 Hz / 0.05 at 1× (± 4 dB), 0.03 at
 *       2×, 0.015 at 3×</td></tr>
 *   <tr><td>housing</td><td>+{@value #HOUSING_GAIN_DB} dB peak, Q {@value #HOUSING_Q}</td></tr>
 * </table>
 * Faults (severity s ∈ (0, 1]): <b>imbalance</b> raises the 1× line (× 1 + 12·s, up to +22 dB) and
 * the 2×, 3× lines of the loosened mount (× 1 + 5·s), and modulates the whole sound at f_rot (depth
 * 0.35·s); <b>blade damage</b> pulses the blade-pass tone once per revolution (depth 1.0·s,
 * sidebands at f_bp ± k·f_rot) and sharpens its pulse (upper harmonics × 1 + 1.2·s);
 * <b>clogging</b> raises the air noise (× 1 + 0.9·s) and the blade-pass tone (× 1 + 0.3·s), lowers
 * the air band (× 1 − 0.3·s) and speeds the unloaded rotor up by 2·s %. A healthy rotor is not
 * perfectly balanced either: its 1× line spreads by ± {@value #RESIDUAL_IMBALANCE_SIGMA_DB} dB
 * from fan to fan, so a mild imbalance hides among normal fans.
 * Section 01's f-n and 02's n-lv change only the background ({@link FactoryBackground}).
 */
final class FanSound implements MachineSound {
  private static final double SPEED_JITTER = 0.01;
  private static final double SPEED_WANDER = 0.003;
  private static final double BLADE_LEVEL = 0.6;
  private static final double BLADE_ROLLOFF = 1.2;
  private static final double AIR_LEVEL = 0.75;
  private static final double AIR_Q = 0.6;
  private static final double AIR_LOW_HZ = 300.0;
  /** The air noise's band and low-frequency parts, relative amplitudes. */
  private static final double AIR_BAND_SHARE = 0.8;
  private static final double AIR_LOW_SHARE = 0.6;
  private static final double AIR_PULSE = 0.15;
  private static final double HUM_LEVEL = 0.12;
  private static final double SHAFT_LEVEL = 0.05;
  /** No rotor is perfectly balanced: the 1× line's spread from fan to fan, dB. */
  private static final double RESIDUAL_IMBALANCE_SIGMA_DB = 4.0;
  private static final double MAX_HARMONIC_HZ = 7000.0;
  /** Mean of ((1 + cos)/2)⁴ over a turn, so the damaged-blade pulse leaves the mean level alone. */
  private static final double PULSE4_MEAN = 35.0 / 128.0;
  private static final double IMBALANCE_LINE_BOOST = 12.0;
  private static final double LOOSENESS_BOOST = 5.0;
  private static final double IMBALANCE_DEPTH = 0.35;
  private static final double DAMAGE_DEPTH = 1.0;
  private static final double DAMAGE_SHARPENING = 1.2;
  private static final double CLOG_AIR_BOOST = 0.9;
  private static final double CLOG_TONE_BOOST = 0.3;
  private static final double CLOG_BAND_DROP = 0.3;
  private static final double CLOG_SPEED_UP = 0.02;
  private static final double HOUSING_GAIN_DB = 6.0;
  private static final double HOUSING_Q = 2.5;

  /** One fan: blade count, shaft rate, the air band's centre and the housing's resonance. */
  private record Model(int blades, double rotHz, double airHz, double housingHz) {
  }

  private static final Model SECTION_01 = new Model(7, 23.0, 1300.0, 2300.0);
  private static final Model SECTION_02 = new Model(5, 28.0, 600.0, 950.0);

  private enum Fault { NONE, IMBALANCE, BLADE_DAMAGE, CLOGGING }

  private final Model model;
  private final MachineCondition<Fault> condition;
  private final SynthRandom rng;

  FanSound(ClipName name, boolean anomalous, SynthRandom rng) {
    this.model = switch (name.section()) {
      case 0 -> switch (ClipAttributes.text(name, "m-n")) {
        case "W" -> new Model(6, 24.0, 900.0, 1400.0);
        case "X" -> new Model(8, 21.0, 900.0, 1400.0);
        case "Y" -> new Model(6, 27.0, 900.0, 1400.0);
        case "Z" -> new Model(9, 19.0, 900.0, 1400.0);
        default -> throw new IllegalArgumentException("clip " + name
            + ": fan model m-n must be W, X, Y or Z");
      };
      case 1 -> SECTION_01;
      default -> SECTION_02;
    };
    this.rng = rng;
    this.condition = MachineCondition.draw(Fault.class, anomalous, rng);
  }

  @Override
  public void addTo(double[] machine, SynthBuffers b) {
    int n = ClipSynthesizer.SAMPLES;
    double speedUp = 1.0 + CLOG_SPEED_UP * condition.severityOf(Fault.CLOGGING);
    double hz = rng.jitter(model.rotHz(), SPEED_JITTER) * speedUp;
    Rotation.fill(b.cycles, n, hz, SPEED_WANDER, rng.fork());
    double unit = condition.unit();
    double spread = NormalVariation.COMPONENT_SIGMA_DB;
    addBladePass(machine, b.cycles, hz, unit * rng.gainJitterDb(spread));
    addAirNoise(machine, b, unit * rng.gainJitterDb(spread));
    addShaftLines(machine, b.cycles, unit);
    addMotorHum(machine, unit * rng.gainJitterDb(spread));
    if (condition.fault() == Fault.IMBALANCE) {
      modulateOncePerRevolution(machine, b.cycles, IMBALANCE_DEPTH * condition.severity());
    }
    TransferPath.of(0.0, Biquad.peaking(NormalVariation.resonance(model.housingHz(), rng),
        HOUSING_Q, HOUSING_GAIN_DB)).apply(machine, n);
  }

  private void addBladePass(double[] out, double[] cycles, double hz, double level) {
    int count = Math.max(1, (int) (MAX_HARMONIC_HZ / (model.blades() * hz)));
    double[] amps = new double[count];
    double damage = condition.severityOf(Fault.BLADE_DAMAGE);
    for (int k = 1; k <= count; k++) {
      amps[k - 1] = 1.0 / StrictMath.pow(k, BLADE_ROLLOFF);
      if (k > 1) {
        amps[k - 1] *= 1.0 + DAMAGE_SHARPENING * damage;
      }
    }
    Wavetable tone = Wavetable.withRandomPhases(amps, rng);
    double g = level * BLADE_LEVEL / tone.rms();
    g *= 1.0 + CLOG_TONE_BOOST * condition.severityOf(Fault.CLOGGING);
    int n = ClipSynthesizer.SAMPLES;
    if (condition.fault() == Fault.BLADE_DAMAGE) {
      // one damaged blade: a short swell of the blade-pass pressure once per revolution
      double depth = DAMAGE_DEPTH * damage;
      double where = rng.nextDouble();
      for (int i = 0; i < n; i++) {
        double c = cycles[i];
        double x = model.blades() * c;
        double pulse = 0.5 + 0.5 * SineTable.cos(c - where);
        double pulse4 = pulse * pulse * pulse * pulse;
        out[i] += g * (1.0 + depth * (pulse4 - PULSE4_MEAN)) * tone.at(x - (long) x);
      }
    } else {
      Rotation.addTone(out, cycles, n, tone, model.blades(), g, 0.0);
    }
  }

  private void addAirNoise(double[] out, SynthBuffers b, double level) {
    double clogging = condition.severityOf(Fault.CLOGGING);
    double centre =
        NormalVariation.resonance(model.airHz(), rng) * (1.0 - CLOG_BAND_DROP * clogging);
    double g = level * AIR_LEVEL * (1.0 + CLOG_AIR_BOOST * clogging);
    Biquad band = Biquad.bandPass(centre, AIR_Q);
    Biquad low = Biquad.lowPass(AIR_LOW_HZ, Biquad.BUTTERWORTH_Q);
    BandNoise.addTwoPulsing(out, b, band, g * AIR_BAND_SHARE, low, g * AIR_LOW_SHARE,
        model.blades(), AIR_PULSE, rng);
  }

  private void addShaftLines(double[] out, double[] cycles, double level) {
    double imbalance = condition.severityOf(Fault.IMBALANCE);
    double first = SHAFT_LEVEL * rng.gainJitterDb(RESIDUAL_IMBALANCE_SIGMA_DB)
        * (1.0 + IMBALANCE_LINE_BOOST * imbalance);
    double loose = 1.0 + LOOSENESS_BOOST * imbalance;
    Wavetable lines = Wavetable.withRandomPhases(
        new double[] {first, 0.6 * SHAFT_LEVEL * loose, 0.3 * SHAFT_LEVEL * loose}, rng);
    Rotation.addTone(out, cycles, ClipSynthesizer.SAMPLES, lines, 1.0, level * Math.sqrt(2.0), 0.0);
  }

  private void addMotorHum(double[] out, double level) {
    SteadyTone.add(out, 100.0, new double[] {1.0, 0.5, 0.25}, level * HUM_LEVEL, rng);
  }

  private static void modulateOncePerRevolution(double[] out, double[] cycles, double depth) {
    for (int i = 0; i < ClipSynthesizer.SAMPLES; i++) {
      out[i] *= 1.0 + depth * SineTable.sin(cycles[i]);
    }
  }
}
