package org.auscult.features.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.auscult.features.dsp.LogMelExtractor;
import org.auscult.features.dsp.LogMelParameters;
import org.auscult.features.dsp.LogMelSpectrogram;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Baseline log-mel of whole 10-s clips on one thread: the score is clips per second per core.
 *
 * <p>The clips are seeded LCG noise (s₀ = 2022 + clip, the generator of the reference vectors),
 * 0.1·(2s/2³² − 1) as float32, the same clips {@code features/src/test/python/bench_librosa.py}
 * gives librosa. The content does not change the work: every frame costs one FFT and one sparse mel
 * product whatever it holds.
 *
 * <p>Besides JMH's wall-clock score, {@link CpuTime} counts the benchmark thread's own CPU time: on a
 * machine shared with other work, clips per CPU-second is the steadier per-core figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LogMelBenchmark {

  /** Distinct clips, cycled, so that no result can be reused across invocations. */
  static final int CLIPS = 4;

  private float[][] floatClips;
  private double[][] doubleClips;
  private LogMelExtractor extractor;
  private float[] floatOut;
  private double[] doubleOut;
  private int next;

  @Setup
  public void setUp() {
    LogMelSpectrogram spectrogram = LogMelSpectrogram.baseline();
    int n = LogMelParameters.BASELINE.clipSamples();
    floatClips = new float[CLIPS][];
    doubleClips = new double[CLIPS][n];
    for (int c = 0; c < CLIPS; c++) {
      floatClips[c] = lcgNoise(2022 + c, n);
      for (int i = 0; i < n; i++) {
        doubleClips[c][i] = floatClips[c][i];
      }
    }
    extractor = spectrogram.newExtractor();
    floatOut = new float[spectrogram.outputLength(n)];
    doubleOut = new double[spectrogram.outputLength(n)];
  }

  /** The production path: float32 samples in, float32 dB out, double inside. */
  @Benchmark
  public void floatClip(CpuTime cpu, Blackhole blackhole) {
    float[] clip = floatClips[nextClip()];
    cpu.time(() -> extractor.compute(clip, clip.length, floatOut));
    blackhole.consume(floatOut);
  }

  /** The float64 path the reference test uses. */
  @Benchmark
  public void doubleClip(CpuTime cpu, Blackhole blackhole) {
    double[] clip = doubleClips[nextClip()];
    cpu.time(() -> extractor.compute(clip, clip.length, doubleOut));
    blackhole.consume(doubleOut);
  }

  /** The clips in turn. */
  private int nextClip() {
    int c = next;
    next = (next + 1) % CLIPS;
    return c;
  }

  /** Per iteration: clips computed and the CPU time the benchmark thread spent on them. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    public long clips;
    public long cpuNanos;

    @Setup(Level.Iteration)
    public void reset() {
      clips = 0;
      cpuNanos = 0;
    }

    /** Runs one clip's computation, counting it and the CPU time it took. */
    void time(Runnable clip) {
      long start = THREADS.getCurrentThreadCpuTime();
      clip.run();
      cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
      clips++;
    }
  }

  /** s_{k+1} = (1664525·s_k + 1013904223) mod 2³²; sample k = 0.1·(2·s_{k+1}/2³² − 1) as float32. */
  static float[] lcgNoise(long seed, int n) {
    float[] y = new float[n];
    long s = seed;
    for (int k = 0; k < n; k++) {
      s = (1664525L * s + 1013904223L) & 0xFFFFFFFFL;
      y[k] = (float) (0.1 * (2.0 * s / 4294967296.0 - 1.0));
    }
    return y;
  }
}
