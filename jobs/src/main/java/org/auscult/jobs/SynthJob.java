package org.auscult.jobs;

import com.typesafe.config.Config;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.MachineTypesOption;
import org.auscult.jobs.cli.StageCommand;
import org.auscult.jobs.cli.StageMain;
import org.auscult.jobs.synth.SynthSettings;
import org.auscult.jobs.synth.SynthStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Stage {@code synth}: the deterministic synthetic DCASE 2022 Task 2 development set. */
@Command(name = "synth",
    description = {"Writes the synthetic twin of the DCASE 2022 Task 2 development set in its",
        "exact layout, names and WAV format: physical sound models per machine type, attributes",
        "that change the physics, fault anomalies of random severity, factory background noise."})
public final class SynthJob extends StageCommand<SynthSettings> {
  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Data-set root to write; replaced atomically when the run succeeds.")
  private String out;

  @Option(names = "--scale", paramLabel = "full|small|tiny",
      description = "full: 25,200 clips (~8 GB); small: 3,990; tiny: 462 (default: auscult.synth.scale).")
  private String scale;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed of the data set (default: auscult.synth.seed).")
  private Long seed;

  @Mixin
  private MachineTypesOption machines;

  public static void main(String[] args) {
    System.exit(StageMain.execute(new SynthJob(), args));
  }

  @Override
  protected SynthSettings settings(Config c) {
    return SynthSettings.from(c, out, scale, seed, machines.names());
  }

  @Override
  protected int run(SparkSession spark, SynthSettings s) throws Exception {
    SynthStage.run(spark, s);
    return ExitCodes.OK;
  }
}
