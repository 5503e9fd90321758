package org.auscult.jobs.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.ClipSynthesizer;
import org.auscult.features.synth.SynthClip;
import org.auscult.features.synth.SynthPlan;
import org.auscult.jobs.cli.Progress;
import org.auscult.jobs.cli.ProgressTicker;
import org.auscult.jobs.io.OutputFileSystems;
import org.auscult.jobs.io.Provenance;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.spark.HadoopConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the synthetic data set in the real layout: clips are spread over tasks, each task renders
 * and writes its own WAV files through the Hadoop FileSystem API (so {@code hdfs://} works), and
 * the driver writes the {@code attributes_SS.csv} files. The folder is published atomically; a
 * rerun with the same settings writes byte-identical files.
 */
public final class SynthStage {
  private static final Logger LOG = LoggerFactory.getLogger(SynthStage.class);

  private SynthStage() {}

  /** What a synth run wrote. */
  public record Report(String out, long clips, long bytes, double seconds) {}

  /** Runs the stage. */
  public static Report run(SparkSession spark, SynthSettings s) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<SynthClip> plan = SynthPlan.clips(s.scale(), s.machines());
    Progress progress = Progress.start(LOG, "synth: " + plan.size() + " clips (" + s.scale().token()
        + ", seed " + s.seed() + ") to " + s.out());
    StageOutput out = StageOutput.begin(sc.hadoopConfiguration(), s.out(), "synth");
    try {
      String root = out.staging();
      HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
      LongAccumulator done = sc.sc().longAccumulator("clips written");
      LongAccumulator bytes = sc.sc().longAccumulator("bytes written");
      long seed = s.seed();
      int slices = Math.max(1, (plan.size() + s.clipsPerTask() - 1) / s.clipsPerTask());
      try (ProgressTicker ticker = ProgressTicker.start(LOG, "synth", done, plan.size(), "clips",
          s.progressInterval())) {
        sc.parallelize(plan, slices).foreachPartition(clips -> {
          ClipSynthesizer synth = new ClipSynthesizer();
          float[] samples = new float[ClipSynthesizer.SAMPLES];
          while (clips.hasNext()) {
            SynthClip clip = clips.next();
            synth.render(seed, clip.machine(), clip.name(), samples);
            Path p = new Path(root, clip.relativePath());
            FileSystem fs = OutputFileSystems.of(p, conf.get());
            byte[] wav = WavWriter.toPcm16Mono(samples, ClipSynthesizer.SAMPLE_RATE);
            try (OutputStream o = fs.create(p, true)) {
              o.write(wav);
            }
            done.add(1);
            bytes.add(wav.length);
          }
        });
      }
      FileSystem fs = OutputFileSystems.of(new Path(root), sc.hadoopConfiguration());
      for (MachineType m : s.machines()) {
        for (int section = 0; section < 3; section++) {
          Path csv = new Path(root, m.dirName() + "/" + SynthPlan.attributesFileName(section));
          try (OutputStream o = fs.create(csv, true)) {
            o.write(SynthPlan.attributesCsv(s.scale().counts(), m, section)
                .getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      Map<String, Object> manifest = new LinkedHashMap<>(Provenance.common("synth", spark));
      manifest.put("scale", s.scale().token());
      manifest.put("seed", s.seed());
      List<String> machines = new ArrayList<>();
      s.machines().forEach(m -> machines.add(m.dirName()));
      manifest.put("machines", machines);
      manifest.put("clips", plan.size());
      manifest.put("bytes", bytes.value());
      manifest.put("seconds", progress.seconds());
      out.commit(manifest);
      double seconds = progress.done(plan.size(), "clips");
      LOG.info(String.format("synth: %,d bytes (%.1f MB/s)", bytes.value(),
          bytes.value() / 1e6 / Math.max(seconds, 1e-9)));
      return new Report(out.target(), plan.size(), bytes.value(), seconds);
    } catch (Exception | Error e) {
      // also SparkException (a failed task), which Scala throws although Java calls it checked
      out.abort();
      throw e;
    }
  }
}
