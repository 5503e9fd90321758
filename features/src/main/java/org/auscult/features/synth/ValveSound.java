package org.auscult.features.synth;

import java.util.Arrays;
import java.util.Map;
import org.auscult.features.dataset.ClipName;

/**
 * A solenoid valve on a water circuit, switched in a timing pattern: a click when it opens and a
 * louder one when it closes (each ringing the valve body), flow noise while open (with a short
 * attack and release), the circulating pump's hum throughout; section 01 adds the echo of the panels
 * around it, section 02 has two valves.
 *
 * <table>
 *   <caption>Variants: valve bodies (open click, close click, flow band and its Q) and pump</caption>
 *   <tr><th>section</th><th>valve 1</th><th>valve 2</th><th>pump</th></tr>
 *   <tr><td>00</td><td>2.1 / 1.4 / 2.2 kHz, Q 3</td><td>—</td><td>49 Hz</td></tr>
 *   <tr><td>01</td><td>3.6 / 2.7 / 4.2 kHz, Q 3</td><td>—</td><td>57 Hz</td></tr>
 *   <tr><td>02</td><td>1.3 / 0.9 / 1.2 kHz, Q 3</td><td>4.6 / 3.2 / 4.4 kHz, Q 3</td>
 *       <td>43 Hz</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Parameters (levels as multiples of the nominal machine RMS)</caption>
 *   <tr><th>parameter</th><th>value</th></tr>
 *   <tr><td>patterns (open, closed, … in s; the cycle repeats)</td><td>00 0.5, 0.5; 01 0.25,
 *       0.25, 0.25, 0.75; 02 1.0, 0.5; 03 0.15, 0.35; 04 0.4, 0.8; 05 0.2, 0.2, 0.6, 0.6; each
 *       step ± 2 %, random start in the cycle</td></tr>
 *   <tr><td>click peaks / Q</td><td>open 4 (Q 10), close 6 (Q 8), ± 20 %</td></tr>
 *   <tr><td>flow</td><td>0.8, attack 15 ms, release 40 ms</td></tr>
 *   <tr><td>pump</td><td>0.3 at the pump's rate and two harmonics</td></tr>
 *   <tr><td>panels (section 01)</td><td>bs-c echo 6 ms × 0.5; open none; b-c 8 ms × 0.4;
 *       s-c 4.5 ms × 0.45</td></tr>
 * </table>
 * Faults: <b>contamination</b>, the valve responds late (each opening up to 0.1·s s, each closing
 * up to 0.2·s s late, so flow lasts longer), a closing click goes missing with probability 0.6·s,
 * and the obstructed flow whistles (band × (1 + 0.6·s), Q × (1 + 8·s)); <b>leak</b>, a hiss
 * (4.5 kHz band, 0.45·s) while the valve is closed.
 */
final class ValveSound implements MachineSound {
  private static final Map<String, double[]> PATTERNS = Map.of(
      "00", new double[] {0.5, 0.5},
      "01", new double[] {0.25, 0.25, 0.25, 0.75},
      "02", new double[] {1.0, 0.5},
      "03", new double[] {0.15, 0.35},
      "04", new double[] {0.4, 0.8},
      "05", new double[] {0.2, 0.2, 0.6, 0.6});
  /** The valves (valve 2 in section 02 only) and the pump of each section. */
  private static final Variant[] SECTIONS = {
      new Variant(new Body(2100.0, 1400.0, 2200.0, 3.0), null, 49.0),
      new Variant(new Body(3600.0, 2700.0, 4200.0, 3.0), null, 57.0),
      new Variant(new Body(1300.0, 900.0, 1200.0, 3.0), new Body(4600.0, 3200.0, 4400.0, 3.0),
          43.0)};
  private static final double STEP_JITTER = 0.02;
  private static final double OPEN_PEAK = 4.0;
  private static final double OPEN_Q = 10.0;
  private static final double CLOSE_PEAK = 6.0;
  private static final double CLOSE_Q = 8.0;
  /** Each click's amplitude varies by up to this fraction. */
  private static final double CLICK_SPREAD = 0.2;
  private static final double FLOW_LEVEL = 0.8;
  private static final double ATTACK_S = 0.015;
  private static final double RELEASE_S = 0.04;
  private static final double PUMP_LEVEL = 0.3;
  private static final double LEAK_LEVEL = 0.45;
  private static final double LEAK_HZ = 4500.0;
  private static final double LEAK_Q = 1.5;
  private static final double LATE_OPEN_S = 0.1;
  private static final double LATE_CLOSE_S = 0.2;
  private static final double MISSING_CLICK = 0.6;
  private static final double WHISTLE_SHIFT = 0.6;
  private static final double WHISTLE_Q = 8.0;

  private enum Fault { NONE, CONTAMINATION, LEAK }

  private final Variant variant;
  private final double[] pattern1;
  private final double[] pattern2;
  private final TransferPath panel;
  private final MachineCondition<Fault> condition;
  private final SynthRandom rng;

  ValveSound(ClipName name, boolean anomalous, SynthRandom rng) {
    this.variant = SECTIONS[name.section()];
    if (name.section() == 2) {
      pattern1 = patternOf(name, ClipAttributes.text(name, "v1pat"));
      pattern2 = patternOf(name, ClipAttributes.text(name, "v2pat"));
    } else {
      pattern1 = patternOf(name, ClipAttributes.text(name, "pat"));
      pattern2 = null;
    }
    this.panel = panelOf(ClipAttributes.text(name, "panel", "open"));
    this.rng = rng;
    this.condition = MachineCondition.draw(Fault.class, anomalous, rng);
  }

  @Override
  public void addTo(double[] machine, SynthBuffers b) {
    double unit = condition.unit();
    // the faulty valve is the first one that switches
    boolean firstFaulty = pattern1 != null;
    if (pattern1 != null) {
      addValve(machine, b, pattern1, variant.first(), unit, firstFaulty);
    }
    if (pattern2 != null) {
      addValve(machine, b, pattern2, variant.second(), unit, !firstFaulty);
    }
    SteadyTone.add(machine, variant.pumpHz(), new double[] {1.0, 0.7, 0.4}, unit * PUMP_LEVEL, rng);
    panel.apply(machine, ClipSynthesizer.SAMPLES);
  }

  private void addValve(double[] out, SynthBuffers b, double[] pattern, Body body, double unit,
      boolean faulty) {
    Fault f = faulty ? condition.fault() : Fault.NONE;
    double[] switches = switchTimes(pattern, f);
    double[] open = b.work2;
    openness(open, switches);
    double flowLevel = unit * rng.gainJitterDb(NormalVariation.COMPONENT_SIGMA_DB);
    addFlow(out, b.work, open, body, flowLevel, f);
    addClicks(out, b.work, switches, body, unit, f);
    if (f == Fault.LEAK) {
      addLeak(out, b.work, open, unit * LEAK_LEVEL * condition.severity());
    }
  }

  /**
   * Times (s) at which the valve moves: even entries open it, odd ones close it; the first ones
   * may be negative. The pattern runs from a random point of its cycle; a contaminated valve
   * answers late.
   */
  private double[] switchTimes(double[] pattern, Fault f) {
    double cycle = 0.0;
    for (double d : pattern) {
      cycle += d;
    }
    // start one cycle back at most: switches before 0 set the state the clip starts in
    double t = -rng.uniform(0.0, cycle);
    int step = 0;
    double[] times = new double[16];
    int count = 0;
    while (t < ClipSynthesizer.SECONDS) {
      double late = 0.0;
      if (f == Fault.CONTAMINATION) {
        double most = step % 2 == 0 ? LATE_OPEN_S : LATE_CLOSE_S;
        late = condition.severity() * rng.uniform(0.3, 1.0) * most;
      }
      if (count == times.length) {
        times = Arrays.copyOf(times, 2 * count);
      }
      times[count++] = t + late;
      t += pattern[step % pattern.length] * rng.jitter(1.0, STEP_JITTER);
      step++;
    }
    return Arrays.copyOf(times, count);
  }

  /** 1 while open, 0 while closed, with the flow's attack and release. */
  private static void openness(double[] open, double[] switches) {
    double attack = 1.0 - 1.0 / (ATTACK_S * ClipSynthesizer.SAMPLE_RATE);
    double release = 1.0 - 1.0 / (RELEASE_S * ClipSynthesizer.SAMPLE_RATE);
    int next = 0;
    boolean isOpen = false;
    double level = 0.0;
    for (int i = 0; i < ClipSynthesizer.SAMPLES; i++) {
      double t = i * ClipSynthesizer.SAMPLE_PERIOD;
      while (next < switches.length && switches[next] <= t) {
        isOpen = (next % 2) == 0;
        next++;
      }
      double target = isOpen ? 1.0 : 0.0;
      level = target + (isOpen ? attack : release) * (level - target);
      open[i] = level;
    }
  }

  private void addFlow(double[] out, double[] work, double[] open, Body body, double level,
      Fault f) {
    int n = ClipSynthesizer.SAMPLES;
    double hz = NormalVariation.resonance(body.flowHz, rng);
    double q = body.flowQ;
    if (f == Fault.CONTAMINATION) {
      hz *= 1.0 + WHISTLE_SHIFT * condition.severity();
      q *= 1.0 + WHISTLE_Q * condition.severity();
    }
    Biquad band = Biquad.bandPass(hz, q);
    BandNoise.fill(work, band, rng);
    Mix.addEnveloped(out, work, open, n, level * FLOW_LEVEL / band.noiseGain());
  }

  private void addClicks(double[] out, double[] work, double[] switches, Body body, double unit,
      Fault f) {
    for (int kind = 0; kind < 2; kind++) {
      Strikes strikes = new Strikes();
      for (int k = kind; k < switches.length; k += 2) {
        boolean missing = kind == 1 && f == Fault.CONTAMINATION
            && rng.nextDouble() < MISSING_CLICK * condition.severity();
        if (switches[k] >= 0.0 && !missing) {
          strikes.add((int) (switches[k] * ClipSynthesizer.SAMPLE_RATE),
              unit * (kind == 0 ? OPEN_PEAK : CLOSE_PEAK)
                  * rng.uniform(1.0 - CLICK_SPREAD, 1.0 + CLICK_SPREAD));
        }
      }
      if (kind == 0) {
        strikes.ring(out, work, body.openHz, OPEN_Q);
      } else {
        strikes.ring(out, work, body.closeHz, CLOSE_Q);
      }
    }
  }

  /** A seat that no longer seals: a faint hiss whenever the valve is closed. */
  private void addLeak(double[] out, double[] work, double[] open, double level) {
    int n = ClipSynthesizer.SAMPLES;
    Biquad band = Biquad.bandPass(LEAK_HZ, LEAK_Q);
    BandNoise.fill(work, band, rng);
    double g = level / band.noiseGain();
    for (int i = 0; i < n; i++) {
      out[i] += g * (1.0 - open[i]) * work[i];
    }
  }

  private static double[] patternOf(ClipName name, String pattern) {
    if (pattern.equals("none")) {
      return null;
    }
    double[] steps = PATTERNS.get(pattern);
    if (steps == null) {
      throw new IllegalArgumentException("clip " + name + ": unknown valve pattern '" + pattern
          + "', expected one of " + new java.util.TreeSet<>(PATTERNS.keySet()) + " or none");
    }
    return steps;
  }

  private static TransferPath panelOf(String panel) {
    return switch (panel) {
      case "open" -> TransferPath.DIRECT;
      case "bs-c" -> TransferPath.of(-1.0, Biquad.lowPass(6000.0, Biquad.BUTTERWORTH_Q))
          .withEcho(6.0, 0.5, 0.3);
      case "b-c" -> TransferPath.of(0.0).withEcho(8.0, 0.4, 0.2);
      case "s-c" -> TransferPath.of(0.0).withEcho(4.5, 0.45, 0.4);
      default -> throw new IllegalArgumentException(
          "valve panel must be bs-c, open, b-c or s-c, got '" + panel + "'");
    };
  }

  /** The sound-making parts of one valve, Hz. */
  private record Body(double openHz, double closeHz, double flowHz, double flowQ) {
  }

  /** One section's installation: its valve (or two) and its pump's rate, Hz. */
  private record Variant(Body first, Body second, double pumpHz) {
  }
}
