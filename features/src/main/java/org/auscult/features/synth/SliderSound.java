package org.auscult.features.synth;

import org.auscult.features.dataset.ClipName;

/**
 * A slide rail: a servo drives a carriage back and forth ({@link SlideStroke}); the motor whines
 * at a pitch proportional to the speed, louder while accelerating; the carriage rolls with a noise
 * that grows with speed; each stop thuds at the rail end; the drive hums and its PWM whistles.
 *
 * <table>
 *   <caption>Parameters (levels as multiples of the nominal machine RMS)</caption>
 *   <tr><th>parameter</th><th>value</th></tr>
 *   <tr><td>rail / dwell</td><td>{@value #RAIL_MM} mm / {@value #DWELL_S} s at each end</td></tr>
 *   <tr><td>speed v, acceleration a</td><td>section 00: vel mm/s, 6000 mm/s²; 01: 600 mm/s,
 *       ac · 50000 mm/s²; 02: 500 mm/s, 6000 mm/s²</td></tr>
 *   <tr><td>motor whine</td><td>{@value #WHINE_HZ_PER_MM_S} Hz per mm/s, harmonics 1/k to 5, level
 *       1.0 · (0.35 + 0.65 · v/700) · (1.3 while accelerating)</td></tr>
 *   <tr><td>rolling noise</td><td>0.7 · √(v/700), band 1.8 kHz Q 0.8</td></tr>
 *   <tr><td>end-stop thud</td><td>peak 3 ringing 350 Hz, Q 6</td></tr>
 *   <tr><td>drive hum / PWM</td><td>0.15 at 100 Hz / 0.04 at 3.9 kHz</td></tr>
 *   <tr><td>speed jitter</td><td>1.5 %</td></tr>
 * </table>
 * Faults: <b>rail damage</b>, a click (peak 14·s · √(v/700), ringing 2.6 kHz, Q 18) each time the
 * carriage passes a fixed point of the rail; <b>no grease</b>, friction noise above 2.5 kHz at
 * 1.6·s · v/700, fluctuating with stick-slip.
 */
final class SliderSound implements MachineSound {
  static final double RAIL_MM = 300.0;
  static final double DWELL_S = 0.25;
  static final double WHINE_HZ_PER_MM_S = 0.7;
  private static final double SNR_DB = 5.0;
  private static final double REF_SPEED = 700.0;
  private static final double SECTION_1_SPEED = 600.0;
  private static final double SECTION_2_SPEED = 500.0;
  private static final double DEFAULT_ACCEL = 6000.0;
  private static final double ACCEL_PER_AC = 50000.0;
  private static final double SPEED_JITTER = 0.015;
  private static final double WHINE_LEVEL = 1.0;
  private static final int WHINE_HARMONICS = 5;
  /** The whine's level at rest relative to at REF_SPEED: the servo holds position. */
  private static final double WHINE_AT_REST = 0.35;
  /** More current, more whine while speeding up or braking. */
  private static final double WHINE_ACCEL_BOOST = 1.3;
  private static final double ROLLING_LEVEL = 0.7;
  private static final double ROLLING_HZ = 1800.0;
  private static final double ROLLING_Q = 0.8;
  private static final double THUD_PEAK = 3.0;
  private static final double THUD_HZ = 350.0;
  private static final double THUD_Q = 6.0;
  private static final double HUM_LEVEL = 0.15;
  private static final double HUM_HZ = 100.0;
  private static final double PWM_LEVEL = 0.04;
  private static final double PWM_HZ = 3900.0;
  private static final double CLICK_PEAK = 14.0;
  private static final double CLICK_HZ = 2600.0;
  private static final double CLICK_Q = 18.0;
  private static final double FRICTION_LEVEL = 1.6;
  private static final double FRICTION_HZ = 2500.0;
  /** Stick-slip swells the friction noise at a few to a few tens of hertz. */
  private static final double STICK_SLIP_MIN_HZ = 5.0;
  private static final double STICK_SLIP_MAX_HZ = 20.0;
  /** Each strike's amplitude varies by up to this fraction. */
  private static final double STRIKE_SPREAD = 0.2;

  private enum Fault { NONE, RAIL_DAMAGE, NO_GREASE }

  private final SlideStroke stroke;
  private final double start;
  private final double gain;
  private final Fault fault;
  private final double severity;
  private final SynthRandom rng;

  SliderSound(ClipName name, boolean anomalous, SynthRandom rng) {
    this.rng = rng;
    double speed;
    double accel = DEFAULT_ACCEL;
    switch (name.section()) {
      case 0 -> speed = ClipAttributes.number(name, "vel");
      case 1 -> {
        speed = SECTION_1_SPEED;
        accel = ACCEL_PER_AC * ClipAttributes.number(name, "ac");
      }
      default -> speed = SECTION_2_SPEED;
    }
    this.stroke = new SlideStroke(RAIL_MM, rng.jitter(speed, SPEED_JITTER), accel, DWELL_S);
    // the clip starts anywhere in an out-and-back cycle
    this.start = rng.uniform(0.0, 2.0 * stroke.legSeconds());
    this.gain = rng.gainJitterDb(NormalVariation.LEVEL_SIGMA_DB);
    this.fault = anomalous ? Fault.values()[1 + rng.nextInt(2)] : Fault.NONE;
    this.severity = anomalous ? Severity.draw(rng) : 0.0;
  }

  @Override
  public double snrDb() {
    return SNR_DB;
  }

  @Override
  public void addTo(double[] machine, SynthBuffers b) {
    int n = ClipSynthesizer.SAMPLES;
    double unit = ClipSynthesizer.MACHINE_RMS * gain;
    double spread = NormalVariation.COMPONENT_SIGMA_DB;
    double[] speed = b.work2;
    for (int i = 0; i < n; i++) {
      speed[i] = stroke.speedAt(start + i * ClipSynthesizer.SAMPLE_PERIOD);
    }
    addMotorWhine(machine, speed, unit * rng.gainJitterDb(spread));
    if (fault == Fault.NO_GREASE) {
      addFriction(machine, b, unit * FRICTION_LEVEL * severity);
    }
    // from here on work2 holds √(v/REF_SPEED), the rolling-noise envelope
    for (int i = 0; i < n; i++) {
      speed[i] = Math.sqrt(speed[i] / REF_SPEED);
    }
    addRollingNoise(machine, b, unit * rng.gainJitterDb(spread));
    addEndStops(machine, b.work, unit * THUD_PEAK);
    SteadyTone.add(machine, HUM_HZ, new double[] {1.0, 0.3}, unit * HUM_LEVEL, rng);
    SteadyTone.add(machine, PWM_HZ, new double[] {1.0}, unit * PWM_LEVEL, rng);
    if (fault == Fault.RAIL_DAMAGE) {
      addDamageClicks(machine, b.work, unit * CLICK_PEAK * severity);
    }
  }

  private void addMotorWhine(double[] out, double[] speed, double level) {
    Wavetable whine = Wavetable.series(WHINE_HARMONICS, 1.0, rng);
    double g = level * WHINE_LEVEL / whine.rms();
    double step = WHINE_HZ_PER_MM_S / ClipSynthesizer.SAMPLE_RATE;
    double phase = rng.nextDouble();
    for (int i = 0; i < ClipSynthesizer.SAMPLES; i++) {
      double v = speed[i];
      phase += step * v;
      phase -= (long) phase;
      double current = stroke.accelerating(start + i * ClipSynthesizer.SAMPLE_PERIOD)
          ? WHINE_ACCEL_BOOST : 1.0;
      double load = WHINE_AT_REST + (1.0 - WHINE_AT_REST) * v / REF_SPEED;
      out[i] += g * current * load * whine.at(phase);
    }
  }

  /** Rolling noise of the carriage; {@code b.work2} holds its envelope √(v/REF_SPEED). */
  private void addRollingNoise(double[] out, SynthBuffers b, double level) {
    int n = ClipSynthesizer.SAMPLES;
    Biquad band = Biquad.bandPass(
        ROLLING_HZ * rng.jitter(1.0, NormalVariation.RESONANCE_JITTER), ROLLING_Q);
    double g = level * ROLLING_LEVEL / band.noiseGain();
    rng.fork().fillWhite(b.work, n, 1.0);
    band.filter(b.work, n);
    Mix.addEnveloped(out, b.work, b.work2, n, g);
  }

  /** The carriage stops against the rail end: a dull thud at each stop. */
  private void addEndStops(double[] out, double[] work, double peak) {
    Strikes strikes = new Strikes();
    long k = (long) (start / stroke.legSeconds());
    for (double t = stroke.stopTime(k); t < start + ClipSynthesizer.SECONDS;
        t = stroke.stopTime(++k)) {
      strikes.add((int) ((t - start) * ClipSynthesizer.SAMPLE_RATE), peak * strikeSpread());
    }
    strikes.ring(out, work, THUD_HZ, THUD_Q);
  }

  /** A dent in the rail: a click each time the carriage passes it, harder at speed. */
  private void addDamageClicks(double[] out, double[] work, double peak) {
    int n = ClipSynthesizer.SAMPLES;
    Strikes strikes = new Strikes();
    double dent = stroke.length() * rng.uniform(0.2, 0.8);
    double before = stroke.positionAt(start) - dent;
    for (int i = 1; i < n; i++) {
      double t = start + i * ClipSynthesizer.SAMPLE_PERIOD;
      double now = stroke.positionAt(t) - dent;
      if ((now >= 0.0) != (before >= 0.0)) {
        strikes.add(i, peak * Math.sqrt(stroke.speedAt(t) / REF_SPEED) * strikeSpread());
      }
      before = now;
    }
    strikes.ring(out, work, CLICK_HZ, CLICK_Q);
  }

  /**
   * Dry rail: friction noise while moving, proportional to speed ({@code b.work2} holds v),
   * swelling and fading with stick-slip.
   */
  private void addFriction(double[] out, SynthBuffers b, double level) {
    int n = ClipSynthesizer.SAMPLES;
    Biquad high = Biquad.highPass(FRICTION_HZ, Biquad.BUTTERWORTH_Q);
    double g = level / high.noiseGain() / REF_SPEED;
    rng.fork().fillWhite(b.work, n, 1.0);
    high.filter(b.work, n);
    double f1 = rng.uniform(STICK_SLIP_MIN_HZ, STICK_SLIP_MAX_HZ) / ClipSynthesizer.SAMPLE_RATE;
    double f2 = rng.uniform(STICK_SLIP_MIN_HZ, STICK_SLIP_MAX_HZ) / ClipSynthesizer.SAMPLE_RATE;
    double p1 = rng.nextDouble();
    double p2 = rng.nextDouble();
    double[] speed = b.work2;
    double[] w = b.work;
    for (int i = 0; i < n; i++) {
      double s = 0.5 * SineTable.sin(p1 + f1 * i) + 0.5 * SineTable.sin(p2 + f2 * i);
      // s² averages 1/4, so 0.4 + 2.4·s² averages 1: the swell moves the noise in time only
      out[i] += g * speed[i] * (0.4 + 2.4 * s * s) * w[i];
    }
  }

  private double strikeSpread() {
    return rng.uniform(1.0 - STRIKE_SPREAD, 1.0 + STRIKE_SPREAD);
  }
}
