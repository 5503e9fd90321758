package org.auscult.features.synth;

/**
 * The motion of a slide-rail carriage: it accelerates at {@code a}, cruises at {@code v}, brakes at
 * {@code a} to a stop at the end of the rail, dwells, and goes back. When the rail is too short to
 * reach {@code v}, the profile is a triangle with peak √(a·L). Positions in mm, speeds in mm/s.
 */
final class SlideStroke {
  private final double length;
  private final double peak;
  private final double accel;
  private final double accelTime;
  private final double cruiseTime;
  private final double dwell;
  private final double leg;

  SlideStroke(double lengthMm, double speed, double accel, double dwellSeconds) {
    if (!(lengthMm > 0 && speed > 0 && accel > 0 && dwellSeconds >= 0)) {
      throw new IllegalArgumentException("slide stroke needs positive length, speed and "
          + "acceleration, got L=" + lengthMm + " v=" + speed + " a=" + accel
          + " dwell=" + dwellSeconds);
    }
    this.length = lengthMm;
    this.accel = accel;
    this.peak = Math.min(speed, Math.sqrt(accel * lengthMm));
    this.accelTime = peak / accel;
    this.cruiseTime = (lengthMm - peak * peak / accel) / peak;
    this.dwell = dwellSeconds;
    this.leg = 2.0 * accelTime + cruiseTime + dwellSeconds;
  }

  /** One way plus the dwell at its end, s. */
  double legSeconds() {
    return leg;
  }

  /** The highest speed reached, mm/s. */
  double peakSpeed() {
    return peak;
  }

  /** Rail length, mm. */
  double length() {
    return length;
  }

  /** Speed magnitude at time {@code t} ≥ 0 (s) from the start of a leg. */
  double speedAt(double t) {
    double tau = t - (long) (t / leg) * leg;
    if (tau < accelTime) {
      return accel * tau;
    }
    tau -= accelTime;
    if (tau < cruiseTime) {
      return peak;
    }
    tau -= cruiseTime;
    if (tau < accelTime) {
      return peak - accel * tau;
    }
    return 0.0;
  }

  /** Distance from the rail's start at time {@code t}: out on even legs, back on odd ones. */
  double positionAt(double t) {
    long legIndex = (long) (t / leg);
    double tau = t - legIndex * leg;
    double d;
    if (tau < accelTime) {
      d = 0.5 * accel * tau * tau;
    } else if (tau < accelTime + cruiseTime) {
      d = 0.5 * peak * accelTime + peak * (tau - accelTime);
    } else if (tau < 2 * accelTime + cruiseTime) {
      double u = tau - accelTime - cruiseTime;
      d = 0.5 * peak * accelTime + peak * cruiseTime + peak * u - 0.5 * accel * u * u;
    } else {
      d = length;
    }
    d = Math.min(d, length);
    return (legIndex & 1L) == 0 ? d : length - d;
  }

  /** True while speeding up or braking: the motor current, and its whine, rise. */
  boolean accelerating(double t) {
    double tau = t - (long) (t / leg) * leg;
    return tau < accelTime || (tau >= accelTime + cruiseTime && tau < 2 * accelTime + cruiseTime);
  }

  /** Time of the k-th stop at a rail end from the start of the first leg, s. */
  double stopTime(long k) {
    return k * leg + 2.0 * accelTime + cruiseTime;
  }
}
