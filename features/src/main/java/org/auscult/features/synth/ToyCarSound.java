package org.auscult.features.synth;

import java.util.Map;
import org.auscult.features.dataset.ClipName;

/**
 * A ToyADMOS2 toy car running on a roller: a {@link ToyDrive} whose motor turns at
 * {@value #MOTOR_HZ_PER_VOLT} Hz per volt of the spd attribute (28V → 154 Hz), heard through the
 * microphone of the mic attribute; the noise attribute picks the background.
 *
 * <table>
 *   <caption>Car models: pinion teeth, motor turns per wheel turn, rotor slots, body resonance.
 *       Each section is one product line (A and B are two generations of the same line, heard in
 *       section 00's source and target domains)</caption>
 *   <tr><th>section</th><th>car</th><th>pinion</th><th>ratio</th><th>slots</th><th>body</th></tr>
 *   <tr><td>00</td><td>A1 / A2; target B1 / B2</td><td>9 / 11; 10 / 12</td><td>11 / 13; 10 /
 *       14</td><td>3</td><td>1.9 / 2.3 kHz; 1.7 / 2.5 kHz</td></tr>
 *   <tr><td>01</td><td>C1 / C2</td><td>14 / 16</td><td>8 / 9</td><td>5</td><td>3.0 / 3.4 kHz</td></tr>
 *   <tr><td>02</td><td>D1 / D2</td><td>6 / 7</td><td>16 / 18</td><td>7</td><td>1.1 / 1.3 kHz</td></tr>
 * </table>
 * Rolling noise scales with V / 34 V. Faults: those of {@link ToyDrive}.
 */
final class ToyCarSound implements MachineSound {
  static final double MOTOR_HZ_PER_VOLT = 5.5;
  private static final double USUAL_VOLT = 34.0;
  private static final Map<String, ToyDrive.Model> CARS = Map.of(
      "A1", new ToyDrive.Model(9, 11, 3, 1900), "A2", new ToyDrive.Model(11, 13, 3, 2300),
      "B1", new ToyDrive.Model(10, 10, 3, 1700), "B2", new ToyDrive.Model(12, 14, 3, 2500),
      "C1", new ToyDrive.Model(14, 8, 5, 3000), "C2", new ToyDrive.Model(16, 9, 5, 3400),
      "D1", new ToyDrive.Model(6, 16, 7, 1100), "D2", new ToyDrive.Model(7, 18, 7, 1300));

  private final ToyDrive drive;

  ToyCarSound(ClipName name, boolean anomalous, SynthRandom rng) {
    ToyDrive.Model model = ToyDrive.modelOf(name, CARS, "toy car");
    double volt = ClipAttributes.number(name, "spd");
    this.drive = new ToyDrive(name, model, MOTOR_HZ_PER_VOLT * volt, volt / USUAL_VOLT, anomalous,
        rng);
  }

  @Override
  public void addTo(double[] machine, SynthBuffers b) {
    drive.addTo(machine, b);
    drive.applyPaths(machine);
  }
}
