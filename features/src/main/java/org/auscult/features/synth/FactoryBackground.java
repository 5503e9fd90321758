package org.auscult.features.synth;

import org.auscult.features.dataset.ClipName;

/**
 * Stationary factory noise behind every machine: a noise bed (low rumble, a mid band, hiss), distant
 * machines (mains hum and two slowly swelling tones) and now and then a distant clank. Its room and
 * level come from the clip's attributes where the real set has them ({@code f-n} factory noise
 * A/B/C, {@code noise_1/2}, {@code n-lv} noise level L1–L4); otherwise each clip is recorded in
 * hall A, B or C, drawn per clip from one pool for all sections. The section never chooses the
 * room: on the real set sections differ in the machine, and a room that told the section would be
 * all a section classifier learns, though no fault changes it.
 *
 * <table>
 *   <caption>Rooms (shares are relative amplitudes of the components)</caption>
 *   <tr><th>room</th><th>rumble</th><th>mid band</th><th>hiss</th><th>hum</th><th>tones</th>
 *       <th>clanks</th><th>used for</th></tr>
 *   <tr><td>A</td><td>0.7, &lt;150 Hz</td><td>0.55 @ 800 Hz</td><td>0.25</td><td>0.2 @ 50 Hz</td>
 *       <td>0.2 @ 87, 233 Hz</td><td>0.5/s @ 1 kHz</td><td>f-n A; one in three clips without f-n or noise</td></tr>
 *   <tr><td>B</td><td>0.6, &lt;180 Hz</td><td>0.6 @ 1 kHz</td><td>0.3</td><td>0.2 @ 50 Hz</td>
 *       <td>0.22 @ 118, 355 Hz</td><td>0.8/s @ 1.3 kHz</td><td>f-n B; one in three clips without f-n or noise</td></tr>
 *   <tr><td>C</td><td>0.6, &lt;170 Hz</td><td>0.6 @ 900 Hz</td><td>0.3</td><td>0.15 @ 60 Hz</td>
 *       <td>0.25 @ 145, 410 Hz</td><td>1/s @ 1.6 kHz</td><td>f-n C; one in three clips without f-n or noise</td></tr>
 *   <tr><td>W1</td><td>0.65, &lt;150 Hz</td><td>0.6 @ 900 Hz</td><td>0.3</td><td>0.1 @ 50 Hz</td>
 *       <td>0.15 @ 180, 540 Hz</td><td>0.6/s @ 1.2 kHz</td><td>noise_1</td></tr>
 *   <tr><td>W2</td><td>0.6, &lt;200 Hz</td><td>0.6 @ 1.15 kHz</td><td>0.38</td><td>0.15 @ 60 Hz</td>
 *       <td>0.2 @ 210, 630 Hz</td><td>1/s @ 1 kHz</td><td>noise_2 (1 dB louder)</td></tr>
 * </table>
 * Without such an attribute a clip is in hall A, B or C with equal chance. Every clip varies
 * its room a little (mid band ± {@value #MID_JITTER}, each noise share ± {@value #SHARE_SIGMA_DB}
 * dB). The level is set by a signal-to-noise ratio against the machine's nominal level (per
 * machine, or from n-lv: L1 8 dB, L2 6.5 dB, L3 5 dB, L4 3.5 dB), with a per-clip spread of
 * {@value #LEVEL_SIGMA_DB} dB.
 *
 * @param room the hall or workshop the clip was recorded in
 * @param rms the background's RMS in this clip
 * @param midShift this clip's mid band centre relative to the room's
 * @param rumbleGain this clip's rumble share relative to the room's
 * @param midGain this clip's mid band share relative to the room's
 * @param hissGain this clip's hiss share relative to the room's
 */
record FactoryBackground(Room room, double rms, double midShift, double rumbleGain,
    double midGain, double hissGain) {
  /** Per-clip spread of the background level, dB (recordings at different times of day). */
  static final double LEVEL_SIGMA_DB = 1.0;
  /** Per-clip relative spread of the mid band's centre. */
  static final double MID_JITTER = 0.08;
  /** Per-clip spread of each noise share, dB. */
  static final double SHARE_SIGMA_DB = 1.5;
  /** How much louder noise_2's workshop is than noise_1's, dB. */
  private static final double WORKSHOP_2_LOUDER_DB = 1.0;
  /** Peak of a clank relative to the background RMS. */
  private static final double CLANK_PEAK = 5.0;
  private static final double CLANK_Q = 8.0;
  private static final double MID_Q = 0.8;
  /** Slow swell of the distant tones, Hz and depth. */
  private static final double SWELL_HZ = 0.13;
  private static final double SWELL_DEPTH = 0.4;

  private static final Room[] HALLS = {
      new Room("A", 0.7, 150, 0.55, 800, 0.25, 0.2, 50, 0.2, 87, 233, 0.5, 1000),
      new Room("B", 0.6, 180, 0.6, 1000, 0.3, 0.2, 50, 0.22, 118, 355, 0.8, 1300),
      new Room("C", 0.6, 170, 0.6, 900, 0.3, 0.15, 60, 0.25, 145, 410, 1.0, 1600)};
  private static final Room WORKSHOP_1 =
      new Room("W1", 0.65, 150, 0.6, 900, 0.3, 0.1, 50, 0.15, 180, 540, 0.6, 1200);
  private static final Room WORKSHOP_2 =
      new Room("W2", 0.6, 200, 0.6, 1150, 0.38, 0.15, 60, 0.2, 210, 630, 1.0, 1000);

  /**
   * The background of one clip.
   *
   * @param machineRms the machine's nominal RMS, the reference of the signal-to-noise ratio
   * @param snrDb the machine's default signal-to-noise ratio, dB
   */
  static FactoryBackground forClip(ClipName name, double machineRms, double snrDb,
      SynthRandom rng) {
    // the recordings of every section were made about the same factory: each clip in one of its
    // halls, whatever the section
    Room room = HALLS[rng.nextInt(HALLS.length)];
    double snr = snrDb;
    if (ClipAttributes.has(name, "f-n")) {
      room = switch (ClipAttributes.text(name, "f-n")) {
        case "A" -> HALLS[0];
        case "B" -> HALLS[1];
        case "C" -> HALLS[2];
        default -> throw new IllegalArgumentException("clip " + name
            + ": factory noise f-n must be A, B or C");
      };
    }
    if (ClipAttributes.has(name, "noise")) {
      switch (ClipAttributes.text(name, "noise")) {
        case "1" -> room = WORKSHOP_1;
        case "2" -> {
          room = WORKSHOP_2;
          snr -= WORKSHOP_2_LOUDER_DB;
        }
        default -> throw new IllegalArgumentException("clip " + name
            + ": toy noise must be 1 or 2");
      }
    }
    if (ClipAttributes.has(name, "n-lv")) {
      snr = switch (ClipAttributes.text(name, "n-lv")) {
        case "L1" -> 8.0;
        case "L2" -> 6.5;
        case "L3" -> 5.0;
        case "L4" -> 3.5;
        default -> throw new IllegalArgumentException("clip " + name
            + ": noise level n-lv must be L1..L4");
      };
    }
    double level = machineRms / Decibels.toGain(snr) * rng.gainJitterDb(LEVEL_SIGMA_DB);
    return new FactoryBackground(room, level, rng.jitter(1.0, MID_JITTER),
        rng.gainJitterDb(SHARE_SIGMA_DB), rng.gainJitterDb(SHARE_SIGMA_DB),
        rng.gainJitterDb(SHARE_SIGMA_DB));
  }

  /** Adds this background to {@code mix}. */
  void addTo(double[] mix, SynthBuffers b, SynthRandom rng) {
    double total = Math.sqrt(room.rumble * room.rumble + room.mid * room.mid
        + room.hiss * room.hiss + room.hum * room.hum + 2 * room.tones * room.tones);
    double unit = rms / total;
    addBedAndDistantMachines(mix, b.work, unit, rng.fork());
    addClanks(mix, b.work, unit, rng.fork());
  }

  /**
   * The noise bed (rumble, mid band and hiss from one white noise, each at its share of the level),
   * mains hum with two harmonics, and two distant machine tones that swell slowly in turn. One loop:
   * this runs for every clip.
   */
  private void addBedAndDistantMachines(double[] mix, double[] work, double unit,
      SynthRandom rng) {
    int n = ClipSynthesizer.SAMPLES;
    Biquad rumble = Biquad.lowPass(room.rumbleHz, Biquad.BUTTERWORTH_Q);
    Biquad mid = Biquad.bandPass(room.midHz * midShift, MID_Q);
    double gr = unit * room.rumble * rumbleGain / rumble.noiseGain();
    double gm = unit * room.mid * midGain / mid.noiseGain();
    double gh = unit * room.hiss * hissGain;
    rng.fork().fillWhite(work, n, 1.0);
    Wavetable hum = Wavetable.withRandomPhases(new double[] {1.0, 0.6, 0.3}, rng);
    double gHum = unit * room.hum / hum.rms();
    double gTone = unit * room.tones * Math.sqrt(2.0);
    double humStep = room.humHz / ClipSynthesizer.SAMPLE_RATE;
    double swell = SWELL_HZ * rng.uniform(0.7, 1.3) / ClipSynthesizer.SAMPLE_RATE;
    double p0 = rng.nextDouble();
    double ps = rng.nextDouble();
    // the two tones as rotating phasors (x, y) = (cos, sin): 4 multiplications a sample each; the
    // rounding of the rotation changes their amplitude by ~1e-11 over a clip
    double w1 = 2.0 * StrictMath.PI * room.tone1Hz / ClipSynthesizer.SAMPLE_RATE;
    double w2 = 2.0 * StrictMath.PI * room.tone2Hz / ClipSynthesizer.SAMPLE_RATE;
    double c1 = StrictMath.cos(w1);
    double s1 = StrictMath.sin(w1);
    double c2 = StrictMath.cos(w2);
    double s2 = StrictMath.sin(w2);
    double a1 = 2.0 * StrictMath.PI * rng.nextDouble();
    double a2 = 2.0 * StrictMath.PI * rng.nextDouble();
    double x1 = StrictMath.cos(a1);
    double y1 = StrictMath.sin(a1);
    double x2 = StrictMath.cos(a2);
    double y2 = StrictMath.sin(a2);
    for (int start = 0; start < n; start += Rotation.BLOCK) {
      // the swell is far slower than a block
      double sw = 1.0 + SWELL_DEPTH * SineTable.sin(ps + swell * start);
      double g1 = gTone * sw;
      double g2 = gTone * (2.0 - sw);
      int end = Math.min(n, start + Rotation.BLOCK);
      for (int i = start; i < end; i++) {
        double w = work[i];
        mix[i] += gr * rumble.step(w) + gm * mid.step(w) + gh * w
            + gHum * hum.at(p0) + g1 * y1 + g2 * y2;
        p0 += humStep;
        p0 = p0 >= 1.0 ? p0 - 1.0 : p0;
        double nx1 = c1 * x1 - s1 * y1;
        y1 = s1 * x1 + c1 * y1;
        x1 = nx1;
        double nx2 = c2 * x2 - s2 * y2;
        y2 = s2 * x2 + c2 * y2;
        x2 = nx2;
      }
    }
  }

  /** Distant clanks at random (Poisson) times, each ringing a resonance of the hall. */
  private void addClanks(double[] mix, double[] work, double unit, SynthRandom rng) {
    Strikes strikes = new Strikes();
    strikes.addAtRandom(room.clanksPerSecond, CLANK_PEAK * unit, 0.3, 1.0, rng);
    strikes.ring(mix, work, room.clankHz * rng.uniform(0.9, 1.1), CLANK_Q);
  }

  /** One acoustic environment; shares are relative amplitudes, frequencies in Hz. */
  private record Room(String name, double rumble, double rumbleHz, double mid, double midHz,
      double hiss, double hum, double humHz, double tones, double tone1Hz, double tone2Hz,
      double clanksPerSecond, double clankHz) {
  }
}
