package org.auscult.jobs;

import com.typesafe.config.Config;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.cli.ConfigOptions;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.StageMain;
import org.auscult.jobs.spark.Sessions;
import org.auscult.jobs.synth.SynthSettings;
import org.auscult.jobs.synth.SynthStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Stage {@code synth}: the deterministic synthetic DCASE 2022 Task 2 development set. */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = {"Writes the synthetic twin of the DCASE 2022 Task 2 development set in its",
        "exact layout, names and WAV format: physical sound models per machine type, attributes",
        "that change the physics, fault anomalies of random severity, factory background noise."})
public final class SynthJob implements Callable<Integer> {
  @Mixin
  private ConfigOptions config;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Data-set root to write; replaced atomically when the run succeeds.")
  private String out;

  @Option(names = "--scale", paramLabel = "full|small|tiny",
      description = "full: 25,200 clips (~8 GB); small: 3,990; tiny: 462 (default: auscult.synth.scale).")
  private String scale;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed of the data set (default: auscult.synth.seed).")
  private Long seed;

  @Option(names = "--machines", split = ",", paramLabel = "M[,M…]",
      description = "Only these machine types (folder names, e.g. fan,ToyCar).")
  private List<String> machines;

  public static void main(String[] args) {
    System.exit(StageMain.execute(new SynthJob(), args));
  }

  @Override
  public Integer call() throws Exception {
    Config c = config.load();
    SynthSettings s = StageMain.settings(() -> SynthSettings.from(c, out, scale, seed, machines));
    SparkSession spark = Sessions.create("auscult-synth", c);
    try {
      SynthStage.run(spark, s);
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}
