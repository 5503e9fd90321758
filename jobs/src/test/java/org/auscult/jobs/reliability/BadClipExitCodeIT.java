package org.auscult.jobs.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.Split;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.io.StageOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The features main's exit code follows {@code --max-bad}, end to end through the launcher: 0 up
 * to the allowed number of bad clips, 4 above it with one line giving the count, and in both cases
 * the good clips written and the output complete.
 */
class BadClipExitCodeIT {
  private static final int BAD = 3;

  @Test
  void exitCodeFollowsMaxBadAndTheGoodClipsAreWrittenEitherWay(@TempDir Path tmp)
      throws Exception {
    Path data = MiniDataSet.write(tmp.resolve("data"));
    MiniDataSet.write(data, ClipName.dev(0, Domain.SOURCE, Split.TEST, Label.NORMAL, 1, "a_1"),
        new byte[0]);
    MiniDataSet.write(data, ClipName.dev(0, Domain.TARGET, Split.TEST, Label.NORMAL, 1, "a_1"),
        "not a WAV file".getBytes(StandardCharsets.US_ASCII));
    Files.createDirectories(data.resolve("pump/train"));
    Files.write(data.resolve("pump/train/x.wav"), new byte[0]);

    Path allowed = tmp.resolve("allowed");
    Launcher.Result ok = features(tmp, data, allowed, BAD);
    assertThat(ok.exitCode()).as(ok.toString()).isEqualTo(ExitCodes.OK);
    assertThat(ok.messages()).isEmpty();
    assertThat(ok.stderr()).anyMatch(l -> l.contains("features: " + BAD + " bad clips or files,"
        + " listed in " + allowed + "/errors"));
    assertThat(allowed.resolve(StageOutput.SUCCESS)).exists();

    Path tooMany = tmp.resolve("too-many");
    Launcher.Result failed = features(tmp, data, tooMany, BAD - 1);
    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.TOO_MANY_BAD);
    assertThat(failed.messages()).containsExactly("features: " + BAD + " bad clips or files "
        + "(more than --max-bad " + (BAD - 1) + "); " + MiniDataSet.CLIPS + " good clips were "
        + "written; see file:" + tooMany + "/errors");
    assertThat(tooMany.resolve(StageOutput.SUCCESS)).exists();
  }

  private static Launcher.Result features(Path tmp, Path data, Path out, int maxBad)
      throws Exception {
    return Launcher.run(tmp, Map.of(), "--master", "local[2]", "features", "--data",
        data.toString(), "--out", out.toString(), "--max-bad", String.valueOf(maxBad));
  }
}
