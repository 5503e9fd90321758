package org.auscult.features.synth;

import org.auscult.features.dataset.ClipName;

/**
 * A slide rail: a servo drives a carriage back and forth ({@link SlideStroke}); the motor whines
 * at a pitch proportional to the speed, louder while accelerating; the carriage rolls with a noise
 * that grows with speed, its recirculating balls tick now and then and a little friction hisses
 * (how much depends on the grease); each stop thuds at the rail end; the drive hums and its PWM
 * whistles.
 *
 * <table>
 *   <caption>Variants: the rail and its drive</caption>
 *   <tr><th>section</th><th>rail</th><th>whine</th><th>rolling band</th><th>rail ring</th>
 *       <th>end thud</th><th>PWM</th></tr>
 *   <tr><td>00</td><td>300 mm</td><td>0.7 Hz per mm/s</td><td>1.8 kHz</td><td>2.6 kHz</td>
 *       <td>350 Hz</td><td>3.9 kHz</td></tr>
 *   <tr><td>01</td><td>450 mm</td><td>1.0 Hz per mm/s</td><td>2.5 kHz</td><td>3.4 kHz</td>
 *       <td>260 Hz</td><td>5.3 kHz</td></tr>
 *   <tr><td>02</td><td>220 mm</td><td>0.45 Hz per mm/s</td><td>1.2 kHz</td><td>1.9 kHz</td>
 *       <td>480 Hz</td><td>3.1 kHz</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Parameters (levels as multiples of the nominal machine RMS)</caption>
 *   <tr><th>parameter</th><th>value</th></tr>
 *   <tr><td>dwell</td><td>{@value #DWELL_S} s at each end</td></tr>
 *   <tr><td>speed v, acceleration a</td><td>section 00: vel mm/s, 6000 mm/s²; 01: 600 mm/s,
 *       ac · 50000 mm/s²; 02: 500 mm/s, 6000 mm/s²</td></tr>
 *   <tr><td>motor whine</td><td>harmonics 1/k to 5, level 1.0 · (0.35 + 0.65 · v/700) · (1.3 while
 *       accelerating)</td></tr>
 *   <tr><td>rolling noise</td><td>0.7 · √(v/700), band at the rolling band, Q 1.5</td></tr>
 *   <tr><td>ball ticks</td><td>{@value #TICKS_PER_S} per second at random while moving, peak
 *       {@value #TICK_PEAK} · √(v/700) ± {@value #TICK_SIGMA_DB} dB from clip to clip, ringing the
 *       rail (Q 18)</td></tr>
 *   <tr><td>friction</td><td>{@value #GREASED_FRICTION} of a dry rail's (below), ±
 *       {@value #GREASE_SIGMA_DB} dB from clip to clip</td></tr>
 *   <tr><td>end-stop thud</td><td>peak 3 ringing the end thud, Q 6</td></tr>
 *   <tr><td>drive hum / PWM</td><td>0.15 at 100 Hz / 0.04 at the PWM frequency</td></tr>
 *   <tr><td>speed jitter</td><td>1.5 %</td></tr>
 * </table>
 * Faults: <b>rail damage</b>, a click (peak 14·s · √(v/700), ringing the rail, Q 18) each time the
 * carriage passes a fixed point of the rail; <b>no grease</b>, friction noise above 2.5 kHz at
 * 1.6·s · v/700, fluctuating with stick-slip.
 */
final class SliderSound implements MachineSound {
  static final double DWELL_S = 0.25;
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
  private static final double ROLLING_Q = 1.5;
  private static final double THUD_PEAK = 3.0;
  private static final double THUD_Q = 6.0;
  private static final double HUM_LEVEL = 0.15;
  private static final double HUM_HZ = 100.0;
  private static final double PWM_LEVEL = 0.04;
  private static final double CLICK_PEAK = 14.0;
  private static final double CLICK_Q = 18.0;
  private static final double FRICTION_LEVEL = 1.6;
  private static final double FRICTION_HZ = 2500.0;
  /** Stick-slip swells the friction noise at a few to a few tens of hertz. */
  private static final double STICK_SLIP_MIN_HZ = 5.0;
  private static final double STICK_SLIP_MAX_HZ = 20.0;
  /** Each strike's amplitude varies by up to this fraction. */
  private static final double STRIKE_SPREAD = 0.2;
  private static final double TICKS_PER_S = 12.0;
  private static final double TICK_PEAK = 1.5;
  private static final double TICK_SIGMA_DB = 3.0;
  /** A greased rail's friction relative to a dry one's at s = 1, and its spread. */
  private static final double GREASED_FRICTION = 0.12;
  private static final double GREASE_SIGMA_DB = 4.0;

  /**
   * One slide rail: its length, the motor's whine per unit of speed, the rolling noise's band, the
   * rail's ring (ticks and a dent's click), the end stop's thud and the drive's PWM frequency.
   */
  private record Model(double railMm, double whineHzPerMmS, double rollingHz, double railHz,
      double thudHz, double pwmHz) {
  }

  private static final Model[] SECTIONS = {
      new Model(300.0, 0.7, 1800.0, 2600.0, 350.0, 3900.0),
      new Model(450.0, 1.0, 2500.0, 3400.0, 260.0, 5300.0),
      new Model(220.0, 0.45, 1200.0, 1900.0, 480.0, 3100.0)};

  private enum Fault { NONE, RAIL_DAMAGE, NO_GREASE }

  private final Model model;
  private final SlideStroke stroke;
  private final double start;
  private final MachineCondition<Fault> condition;
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
    this.model = SECTIONS[name.section()];
    this.stroke = new SlideStroke(model.railMm(), rng.jitter(speed, SPEED_JITTER), accel, DWELL_S);
    // the clip starts anywhere in an out-and-back cycle
    this.start = rng.uniform(0.0, 2.0 * stroke.legSeconds());
    this.condition = MachineCondition.draw(Fault.class, anomalous, rng);
  }

  @Override
  public void addTo(double[] machine, SynthBuffers b) {
    int n = ClipSynthesizer.SAMPLES;
    double unit = condition.unit();
    double spread = NormalVariation.COMPONENT_SIGMA_DB;
    double[] speed = b.work2;
    for (int i = 0; i < n; i++) {
      speed[i] = stroke.speedAt(start + i * ClipSynthesizer.SAMPLE_PERIOD);
    }
    addMotorWhine(machine, speed, unit * rng.gainJitterDb(spread));
    double dryness = GREASED_FRICTION * rng.gainJitterDb(GREASE_SIGMA_DB)
        + condition.severityOf(Fault.NO_GREASE);
    addFriction(machine, b, unit * FRICTION_LEVEL * dryness);
    // from here on work2 holds √(v/REF_SPEED), the rolling-noise envelope
    for (int i = 0; i < n; i++) {
      speed[i] = Math.sqrt(speed[i] / REF_SPEED);
    }
    addRollingNoise(machine, b, unit * rng.gainJitterDb(spread));
    addEndStops(machine, b.work, unit * THUD_PEAK);
    SteadyTone.add(machine, HUM_HZ, new double[] {1.0, 0.3}, unit * HUM_LEVEL, rng);
    SteadyTone.add(machine, model.pwmHz(), new double[] {1.0}, unit * PWM_LEVEL, rng);
    Strikes rail = new Strikes();
    addBallTicks(rail, unit * TICK_PEAK * rng.gainJitterDb(TICK_SIGMA_DB));
    if (condition.fault() == Fault.RAIL_DAMAGE) {
      addDamageClicks(rail, unit * CLICK_PEAK * condition.severity());
    }
    rail.ring(machine, b.work, model.railHz(), CLICK_Q);
  }

  private void addMotorWhine(double[] out, double[] speed, double level) {
    Wavetable whine = Wavetable.series(WHINE_HARMONICS, 1.0, rng);
    double g = level * WHINE_LEVEL / whine.rms();
    double step = model.whineHzPerMmS() / ClipSynthesizer.SAMPLE_RATE;
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
    Biquad band = Biquad.bandPass(NormalVariation.resonance(model.rollingHz(), rng), ROLLING_Q);
    double g = level * ROLLING_LEVEL / band.noiseGain();
    BandNoise.fill(b.work, band, rng);
    Mix.addEnveloped(out, b.work, b.work2, ClipSynthesizer.SAMPLES, g);
  }

  /** The carriage stops against the rail end: a dull thud at each stop. */
  private void addEndStops(double[] out, double[] work, double peak) {
    Strikes strikes = new Strikes();
    long k = (long) (start / stroke.legSeconds());
    for (double t = stroke.stopTime(k); t < start + ClipSynthesizer.SECONDS;
        t = stroke.stopTime(++k)) {
      strikes.add((int) ((t - start) * ClipSynthesizer.SAMPLE_RATE), peak * strikeSpread());
    }
    strikes.ring(out, work, model.thudHz(), THUD_Q);
  }

  /**
   * The carriage's recirculating balls: a tick now and then (Poisson) while it moves, harder at
   * speed.
   */
  private void addBallTicks(Strikes rail, double peak) {
    double rate = TICKS_PER_S * ClipSynthesizer.SAMPLE_PERIOD;
    int n = ClipSynthesizer.SAMPLES;
    int i = (int) (-StrictMath.log(1.0 - rng.nextDouble()) / rate);
    while (i < n) {
      double v = stroke.speedAt(start + i * ClipSynthesizer.SAMPLE_PERIOD);
      if (v > 0.0) {
        rail.add(i, peak * Math.sqrt(v / REF_SPEED) * rng.uniform(0.2, 1.8));
      }
      i += 1 + (int) (-StrictMath.log(1.0 - rng.nextDouble()) / rate);
    }
  }

  /** A dent in the rail: a click each time the carriage passes it, harder at speed. */
  private void addDamageClicks(Strikes rail, double peak) {
    int n = ClipSynthesizer.SAMPLES;
    double dent = stroke.length() * rng.uniform(0.2, 0.8);
    double before = stroke.positionAt(start) - dent;
    for (int i = 1; i < n; i++) {
      double t = start + i * ClipSynthesizer.SAMPLE_PERIOD;
      double now = stroke.positionAt(t) - dent;
      if ((now >= 0.0) != (before >= 0.0)) {
        rail.add(i, peak * Math.sqrt(stroke.speedAt(t) / REF_SPEED) * strikeSpread());
      }
      before = now;
    }
  }

  /**
   * Friction noise while moving, proportional to speed ({@code b.work2} holds v),
   * swelling and fading with stick-slip.
   */
  private void addFriction(double[] out, SynthBuffers b, double level) {
    int n = ClipSynthesizer.SAMPLES;
    Biquad high = Biquad.highPass(FRICTION_HZ, Biquad.BUTTERWORTH_Q);
    double g = level / high.noiseGain() / REF_SPEED;
    BandNoise.fill(b.work, high, rng);
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
