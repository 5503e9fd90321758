package org.auscult.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreSetDiscoveryTest {
  @TempDir
  java.nio.file.Path tmp;

  @Test
  void aScoreFolderIsOneSystemAndARunFolderIsOnePerSubFolder() throws IOException {
    FileTrees.write(tmp, "scores/ae/anomaly_score_fan_section_00_test.csv", "");
    FileTrees.write(tmp, "scores/supervised/anomaly_score_fan_section_00_test.csv", "");
    FileTrees.write(tmp, "scores/supervised/" + ScoreSetDiscovery.NOTE_FILE, "uses anomaly labels\n");
    FileTrees.write(tmp, "scores/empty/readme.txt", "");
    FileSystem fs = FileSystem.getLocal(new Configuration());

    List<ScoreSet> run = ScoreSetDiscovery.discover(fs,
        List.of(new Path(tmp.resolve("scores").toString())));
    assertThat(run).extracting(ScoreSet::label).containsExactly("ae", "supervised");
    assertThat(run.get(0).note()).isEmpty();
    assertThat(run.get(1).note()).isEqualTo(Optional.of("uses anomaly labels"));

    List<ScoreSet> one = ScoreSetDiscovery.discover(fs,
        List.of(new Path(tmp.resolve("scores/ae").toString())));
    assertThat(one).extracting(ScoreSet::label).containsExactly("ae");
  }

  @Test
  void aFolderWithoutScoresIsNamed() throws IOException {
    FileTrees.write(tmp, "nothing/readme.txt", "");
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path nothing = new Path(tmp.resolve("nothing").toString());
    assertThatThrownBy(() -> ScoreSetDiscovery.discover(fs, List.of(nothing)))
        .isInstanceOf(IOException.class).hasMessageContaining("nothing")
        .hasMessageContaining("holds no anomaly_score_");
    Path missing = new Path(tmp.resolve("missing").toString());
    assertThatThrownBy(() -> ScoreSetDiscovery.discover(fs, List.of(missing)))
        .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
  }
}
