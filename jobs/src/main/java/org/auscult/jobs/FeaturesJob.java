package org.auscult.jobs;

import com.typesafe.config.Config;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.MachineTypesOption;
import org.auscult.jobs.cli.StageCommand;
import org.auscult.jobs.cli.StageFailedException;
import org.auscult.jobs.cli.StageMain;
import org.auscult.jobs.features.FeatureReport;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Stage {@code features}: baseline log-mel of every clip into Parquet, bad clips into a table. */
@Command(name = "features",
    description = {"Decodes every clip of a data set (any DCASE Task 2 edition, MIMII, or the",
        "synthetic set; folders or zips) and writes",
        "its baseline log-mel spectrogram and gwrp vector as Parquet, partitioned by machine.",
        "Bad clips go to the errors table; exit 4 when more than --max-bad of them."})
public final class FeaturesJob extends StageCommand<FeatureSettings> {
  @Option(names = "--data", required = true, paramLabel = "DIR|ZIP[,…]",
      description = {"Data-set roots, comma-separated: folders, zips as downloaded, folders of",
          "zips (local or any Hadoop URI); zips are read in place. See docs/data.md."})
  private String data;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output folder; replaced atomically when the run succeeds.")
  private String out;

  @Mixin
  private MachineTypesOption machines;

  @Option(names = "--limit", paramLabel = "N",
      description = "Process at most N clips, spread over machines, sections, domains and labels.")
  private Integer limit;

  @Option(names = "--layout", paramLabel = "NAME",
      description = {"Read every machine folder by this layout instead of recognising each:",
          "auto (default), dcase2020, dcase2021 (= mimii-due, toyadmos2), dcase2022, dcase2023",
          "(= dcase2024, dcase2025, dcase2026), mimii. Files that do not fit it are listed as",
          "errors."})
  private String layout;

  @Option(names = "--max-bad", paramLabel = "N",
      description = "Bad clips allowed before exiting non-zero (default: auscult.features.max-bad = 0).")
  private Integer maxBad;

  public static void main(String[] args) {
    System.exit(StageMain.execute(new FeaturesJob(), args));
  }

  @Override
  protected FeatureSettings settings(Config c) {
    return FeatureSettings.from(c, data, out, limit, maxBad, machines.names(), layout);
  }

  @Override
  protected int run(SparkSession spark, FeatureSettings settings) throws Exception {
    return exitCode(FeatureStage.run(spark, settings), settings);
  }

  /** 0, or {@link ExitCodes#TOO_MANY_BAD} with the count when {@code --max-bad} is exceeded. */
  static int exitCode(FeatureReport report, FeatureSettings settings) {
    if (report.bad().size() > settings.maxBad()) {
      throw new StageFailedException(ExitCodes.TOO_MANY_BAD, report.bad().size()
          + " bad clips or files (more than --max-bad " + settings.maxBad() + "); "
          + report.clips() + " good clips were written; see " + report.out() + "/errors");
    }
    return ExitCodes.OK;
  }
}
