package org.auscult.features.synth;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.auscult.features.dataset.CellCounts;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.MachineType;

/**
 * Rendering speed per machine type on one thread (a main, not a test:
 * {@code java -cp … org.auscult.features.synth.SynthBench [clips per machine]}). Warms up first;
 * renders a mix of normal and anomalous clips of all sections. Reports wall time and the thread's
 * CPU time: on a shared machine the CPU time is the fairer measure of the code.
 */
public final class SynthBench {
  private SynthBench() {
  }

  public static void main(String[] args) {
    int clips = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    ClipSynthesizer synth = new ClipSynthesizer();
    float[] out = new float[ClipSynthesizer.SAMPLES];
    List<SynthClip> plan = SynthPlan.clips(new CellCounts(20, 4, 5, 0),
        SynthMachine.types());
    for (int i = 0; i < plan.size(); i += 3) {
      synth.render(1L, plan.get(i).machine(), plan.get(i).name(), out);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double total = 0;
    long allWall = 0;
    long allCpu = 0;
    System.out.println("machine   wall: Msamples/s ns/sample | cpu: Msamples/s ns/sample ms/clip");
    for (MachineType m : SynthMachine.types()) {
      List<SynthClip> mine = SynthPlan.clips(new CellCounts(20, 4, 5, 0), List.of(m));
      long w0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < clips; i++) {
        ClipName n = mine.get((i * 7) % mine.size()).name();
        synth.render(2L + i, m, n, out);
      }
      long wall = System.nanoTime() - w0;
      long cpu = threads.getCurrentThreadCpuTime() - c0;
      allWall += wall;
      allCpu += cpu;
      double samples = (double) clips * ClipSynthesizer.SAMPLES;
      total += samples;
      System.out.printf(Locale.ROOT, "%-9s %6.1f %6.1f | %6.1f %6.1f %6.1f%n", m.dirName(),
          samples / wall * 1e3, wall / samples, samples / cpu * 1e3, cpu / samples,
          cpu / 1e6 / clips);
    }
    System.out.printf(Locale.ROOT, "all       %6.1f %6.1f | %6.1f %6.1f%n", total / allWall * 1e3,
        allWall / total, total / allCpu * 1e3, allCpu / total);
  }
}
