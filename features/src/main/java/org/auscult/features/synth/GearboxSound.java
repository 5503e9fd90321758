package org.auscult.features.synth;

import org.auscult.features.dataset.ClipName;

/**
 * A motor-driven gearbox: the mesh tone f_mesh = teeth · f_shaft with harmonics, amplitude-modulated
 * once per shaft revolution (sidebands at ± f_shaft), lubricated rolling noise, the housing
 * resonance excited by that noise, and the motor's 100 Hz hum.
 *
 * <table>
 *   <caption>Variants: pinion teeth and housing resonance</caption>
 *   <tr><th>section</th><th>gearbox</th><th>teeth</th><th>housing</th></tr>
 *   <tr><td>00</td><td>a spur gearbox, speed by volt</td><td>20</td><td>3.0 kHz</td></tr>
 *   <tr><td>01</td><td>a coarser gearbox lifting weights (wt)</td><td>16</td><td>2.2 kHz</td></tr>
 *   <tr><td>02</td><td>six units of a fine-toothed gearbox (id)</td><td>05 21, 08 23, 13 26;
 *       target 00 20, 02 22, 11 25</td><td>05 3.8 kHz, 08 4.0, 13 4.3; target 00 3.7, 02 3.9, 11
 *       4.2</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Parameters (levels as multiples of the nominal machine RMS)</caption>
 *   <tr><th>parameter</th><th>value</th></tr>
 *   <tr><td>f_shaft</td><td>{@value #HZ_PER_VOLT} Hz per volt (section 00's volt; 2.0 V in 01 and 02),
 *       slowed by load: × (1 − 0.0004 · wt)</td></tr>
 *   <tr><td>load (section 01's wt, grams)</td><td>mesh level × (1 + 0.002 · wt), sideband depth
 *       0.12 (± 30 % from gearbox to gearbox: misalignment, run-out) + 0.0015 · wt</td></tr>
 *   <tr><td>mesh tone</td><td>0.7, harmonics 1/k^1.5 up to 7 kHz</td></tr>
 *   <tr><td>rolling noise / housing ring / hum</td><td>0.45 low-passed at 2 kHz / 0.25 band at the
 *       resonance, Q 4 / 0.1 at 100, 200 Hz</td></tr>
 *   <tr><td>speed jitter / wander</td><td>1 % / 0.4 %</td></tr>
 * </table>
 * Faults: <b>tooth damage</b>, one impact per shaft revolution (peak 6·s) ringing the housing
 * resonance (Q 15); <b>overload</b>, deeper and broader sidebands (depth + 0.45·s and a 2× f_shaft
 * term of 0.3·s), mesh level × (1 + 0.6·s) and 3·s % slower.
 */
final class GearboxSound implements MachineSound {
  static final double HZ_PER_VOLT = 9.0;
  private static final double DEFAULT_VOLT = 2.0;
  private static final double SPEED_JITTER = 0.01;
  private static final double SPEED_WANDER = 0.004;
  private static final double MESH_LEVEL = 0.7;
  private static final double MESH_ROLLOFF = 1.5;
  private static final double BASE_SIDEBAND = 0.12;
  /** Misalignment and run-out differ from gearbox to gearbox: relative spread of the sidebands. */
  private static final double SIDEBAND_JITTER = 0.3;
  /** Per gram of load (section 01's wt): mesh level and sideband depth grow. */
  private static final double LOAD_MESH_GAIN = 0.002;
  private static final double LOAD_SIDEBAND = 0.0015;
  /** Per gram of load the motor slows a little. */
  private static final double LOAD_SLIP = 0.0004;
  private static final double ROLLING_LEVEL = 0.45;
  private static final double RING_LEVEL = 0.25;
  /** Housing resonance: broad when the rolling noise drives it, sharp when a broken tooth strikes. */
  private static final double HOUSING_Q = 4.0;
  private static final double STRIKE_Q = 15.0;
  private static final double ROLLING_LOW_PASS_HZ = 2000.0;
  private static final double HUM_LEVEL = 0.1;
  private static final double IMPACT_PEAK = 6.0;
  private static final double OVERLOAD_MESH_BOOST = 0.6;
  private static final double OVERLOAD_DEPTH = 0.45;
  private static final double OVERLOAD_SECOND = 0.3;
  private static final double OVERLOAD_SLOW_DOWN = 0.03;
  private static final double MAX_HARMONIC_HZ = 7000.0;

  private enum Fault { NONE, TOOTH_DAMAGE, OVERLOAD }

  private final double shaftHz;
  private final int teeth;
  private final double resonanceHz;
  private final double load;
  private final MachineCondition<Fault> condition;
  private final SynthRandom rng;

  GearboxSound(ClipName name, boolean anomalous, SynthRandom rng) {
    double volt = name.section() == 0 ? ClipAttributes.number(name, "volt") : DEFAULT_VOLT;
    this.load = name.section() == 1 ? ClipAttributes.number(name, "wt") : 0.0;
    switch (name.section()) {
      case 0 -> { teeth = 20; resonanceHz = 3000.0; }
      case 1 -> { teeth = 16; resonanceHz = 2200.0; }
      default -> {
        switch (ClipAttributes.text(name, "id")) {
          case "00" -> { teeth = 20; resonanceHz = 3700.0; }
          case "02" -> { teeth = 22; resonanceHz = 3900.0; }
          case "05" -> { teeth = 21; resonanceHz = 3800.0; }
          case "08" -> { teeth = 23; resonanceHz = 4000.0; }
          case "11" -> { teeth = 25; resonanceHz = 4200.0; }
          case "13" -> { teeth = 26; resonanceHz = 4300.0; }
          default -> throw new IllegalArgumentException("clip " + name
              + ": gearbox id must be one of 00, 02, 05, 08, 11, 13");
        }
      }
    }
    this.shaftHz = HZ_PER_VOLT * volt * (1.0 - LOAD_SLIP * load);
    this.rng = rng;
    this.condition = MachineCondition.draw(Fault.class, anomalous, rng);
  }

  @Override
  public void addTo(double[] machine, SynthBuffers b) {
    int n = ClipSynthesizer.SAMPLES;
    double slowDown = 1.0 - OVERLOAD_SLOW_DOWN * condition.severityOf(Fault.OVERLOAD);
    double hz = rng.jitter(shaftHz, SPEED_JITTER) * slowDown;
    Rotation.fill(b.cycles, n, hz, SPEED_WANDER, rng.fork());
    double unit = condition.unit();
    addMesh(machine, b.cycles, hz, unit * rng.gainJitterDb(NormalVariation.COMPONENT_SIGMA_DB));
    addRollingNoise(machine, b, unit * rng.gainJitterDb(NormalVariation.COMPONENT_SIGMA_DB));
    addMotorHum(machine, unit);
    if (condition.fault() == Fault.TOOTH_DAMAGE) {
      addToothImpacts(machine, b, unit * IMPACT_PEAK * condition.severity());
    }
  }

  private void addMesh(double[] out, double[] cycles, double hz, double level) {
    int count = Math.max(1, (int) (MAX_HARMONIC_HZ / (teeth * hz)));
    Wavetable mesh = Wavetable.series(count, MESH_ROLLOFF, rng);
    double overload = condition.severityOf(Fault.OVERLOAD);
    double g = level * MESH_LEVEL * (1.0 + LOAD_MESH_GAIN * load) / mesh.rms()
        * (1.0 + OVERLOAD_MESH_BOOST * overload);
    double depth = rng.jitter(BASE_SIDEBAND, SIDEBAND_JITTER) + LOAD_SIDEBAND * load
        + OVERLOAD_DEPTH * overload;
    double second = OVERLOAD_SECOND * overload;
    double where = rng.nextDouble();
    if (second == 0.0) {
      Rotation.addTone(out, cycles, ClipSynthesizer.SAMPLES, mesh, teeth, g, depth);
      return;
    }
    for (int i = 0; i < ClipSynthesizer.SAMPLES; i++) {
      double c = cycles[i];
      double x = teeth * c;
      double am = 1.0 + depth * SineTable.cos(c) + second * SineTable.cos(2.0 * c + where);
      out[i] += g * am * mesh.at(x - (long) x);
    }
  }

  /** Lubricated rolling noise and the housing resonance it excites. */
  private void addRollingNoise(double[] out, SynthBuffers b, double level) {
    Biquad low = Biquad.lowPass(ROLLING_LOW_PASS_HZ, Biquad.BUTTERWORTH_Q);
    Biquad ring = Biquad.bandPass(NormalVariation.resonance(resonanceHz, rng), HOUSING_Q);
    BandNoise.addTwo(out, b, low, level * ROLLING_LEVEL, ring, level * RING_LEVEL, rng);
  }

  private void addMotorHum(double[] out, double level) {
    SteadyTone.add(out, 100.0, new double[] {1.0, 0.4}, level * HUM_LEVEL, rng);
  }

  /** A broken tooth strikes once per revolution and rings the housing. */
  private void addToothImpacts(double[] out, SynthBuffers b, double peak) {
    Strikes strikes = new Strikes();
    Rotation.addImpacts(strikes, b.cycles, ClipSynthesizer.SAMPLES, 1.0, rng.nextDouble(), peak,
        0.002, 0.2, rng.fork());
    strikes.ring(out, b.work, resonanceHz, STRIKE_Q);
  }
}
