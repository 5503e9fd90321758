package org.auscult.features.synth;

import java.util.Map;
import org.auscult.features.dataset.ClipName;

/**
 * A ToyADMOS2 toy train on a track: a {@link ToyDrive} whose motor turns at
 * {@value #MOTOR_HZ_PER_SPEED} Hz per step of the spd attribute (6 → 180 Hz), plus the clack of
 * each axle over each rail joint, at a rate proportional to the speed.
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>parameter</th><th>value</th></tr>
 *   <tr><td>train models (pinion, ratio, slots, body), one product line per section (A and B
 *       two generations of section 00's)</td><td>00: A1 8, 18, 3, 1.4 kHz; A2 10, 22, 3, 1.7;
 *       target B1 9, 16, 3, 1.3; B2 11, 24, 3, 1.9. 01: C1 13, 14, 5, 2.4; C2 15, 15, 5, 2.7.
 *       02: D1 6, 28, 7, 0.9; D2 7, 30, 7, 1.05</td></tr>
 *   <tr><td>wheel circumference / rail length</td><td>{@value #WHEEL_M} m / {@value #RAIL_M} m</td></tr>
 *   <tr><td>axles (distance from the first)</td><td>0, 0.03, 0.16, 0.19 m</td></tr>
 *   <tr><td>rail-joint clack</td><td>peak 2.4 (nominal RMS units), ringing 0.8 × the body
 *       resonance, Q 8</td></tr>
 * </table>
 * Rolling noise scales with spd / 8. Faults: those of {@link ToyDrive}.
 */
final class ToyTrainSound implements MachineSound {
  static final double MOTOR_HZ_PER_SPEED = 30.0;
  static final double WHEEL_M = 0.04;
  static final double RAIL_M = 0.25;
  private static final double USUAL_SPEED = 8.0;
  private static final double[] AXLES_M = {0.0, 0.03, 0.16, 0.19};
  private static final double CLACK_PEAK = 2.4;
  /** A clack rings the carriage a little below its body resonance. */
  private static final double CLACK_RATIO = 0.8;
  private static final double CLACK_Q = 8.0;
  private static final Map<String, ToyDrive.Model> TRAINS = Map.of(
      "A1", new ToyDrive.Model(8, 18, 3, 1400), "A2", new ToyDrive.Model(10, 22, 3, 1700),
      "B1", new ToyDrive.Model(9, 16, 3, 1300), "B2", new ToyDrive.Model(11, 24, 3, 1900),
      "C1", new ToyDrive.Model(13, 14, 5, 2400), "C2", new ToyDrive.Model(15, 15, 5, 2700),
      "D1", new ToyDrive.Model(6, 28, 7, 900), "D2", new ToyDrive.Model(7, 30, 7, 1050));

  private final ToyDrive.Model model;
  private final ToyDrive drive;
  private final SynthRandom rng;

  ToyTrainSound(ClipName name, boolean anomalous, SynthRandom rng) {
    this.model = ToyDrive.modelOf(name, TRAINS, "toy train");
    double speed = ClipAttributes.number(name, "spd");
    this.rng = rng;
    this.drive = new ToyDrive(name, model, MOTOR_HZ_PER_SPEED * speed, speed / USUAL_SPEED,
        anomalous, rng);
  }

  @Override
  public void addTo(double[] machine, SynthBuffers b) {
    drive.addTo(machine, b);
    addRailJoints(machine, b, drive.unit() * CLACK_PEAK);
    drive.applyPaths(machine);
  }

  /** Every axle clacks over every rail joint; the drive left the motor phase in b.cycles. */
  private void addRailJoints(double[] out, SynthBuffers b, double peak) {
    Strikes strikes = new Strikes();
    double railsPerMotorTurn = WHEEL_M / RAIL_M / model.ratio();
    double along = rng.nextDouble();
    for (double axle : AXLES_M) {
      Rotation.addImpacts(strikes, b.cycles, ClipSynthesizer.SAMPLES, railsPerMotorTurn,
          along - axle / RAIL_M, peak, 0.0, 0.25, rng.fork());
    }
    strikes.ring(out, b.work,
        NormalVariation.resonance(CLACK_RATIO * model.bodyHz(), rng), CLACK_Q);
  }
}
