package org.auscult.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;
import org.apache.spark.scheduler.TaskLocality;
import org.junit.jupiter.api.Test;
import scala.Option;
import scala.Tuple4;
import scala.collection.JavaConverters;

class ProgressTest {
  @Test
  void aStatusLineSaysDoneOfTotalRateAndTimeLeft() {
    assertThat(Progress.status("features", 231, 462, "clips", 12.0, 20))
        .isEqualTo("features: 231 / 462 clips (50%), 12 clips/s, about 19 s left");
    assertThat(Progress.status("features", 1_000, 25_200, "clips", 3.25, 300))
        .isEqualTo("features: 1,000 / 25,200 clips (4%), 3.3 clips/s, about 2 h 04 min left");
    assertThat(Progress.status("features", 17, 462, "clips", Double.NaN, 20))
        .isEqualTo("features: 17 / 462 clips (4%), 20 s so far");
    assertThat(Progress.status("features", 0, 462, "clips", 0, 65))
        .isEqualTo("features: 0 / 462 clips (0%), 1 min 05 s so far");
    assertThat(Progress.status("synth", 462, 462, "clips", 30, 15.4))
        .isEqualTo("synth: 462 / 462 clips (100%) after 15 s");
  }

  @Test
  void theRateLeavesOutTheTimeBeforeProgressAndOldSamples() {
    RateEstimate r = new RateEstimate();
    r.add(5, 0);
    r.add(20, 17);
    assertThat(r.perSecond()).as("one sample is no rate").isNaN();
    r.add(25, 77);
    assertThat(r.perSecond()).isEqualTo(12.0);
    r.add(100, 977);
    r.add(200, 1977);
    // samples more than two minutes older than the newest are dropped: from 100 s on
    assertThat(r.perSecond()).isEqualTo(10.0);
  }

  @Test
  void runningTasksCountUntilTheyEnd() {
    RunningTaskCounts running = new RunningTaskCounts(7);
    running.onExecutorMetricsUpdate(heartbeat(task(1, 7, 40L), task(2, 7, 25L), task(3, 8, 99L)));
    assertThat(running.sum()).isEqualTo(65);
    running.onExecutorMetricsUpdate(heartbeat(task(1, 7, 60L)));
    assertThat(running.sum()).isEqualTo(85);
    running.onTaskEnd(new SparkListenerTaskEnd(0, 0, "ResultTask",
        org.apache.spark.Success$.MODULE$, new TaskInfo(1, 0, 0, 0, 0L, "0", "h",
            TaskLocality.PROCESS_LOCAL(), false), null, null));
    assertThat(running.sum()).isEqualTo(25);
  }

  private static Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>> task(
      long taskId, long accumulatorId, long value) {
    AccumulableInfo info = new AccumulableInfo(accumulatorId, Option.apply("clips done"),
        Option.apply(value), Option.empty(), false, false, Option.empty());
    return new Tuple4<>(taskId, 0, 0,
        JavaConverters.asScalaBuffer(List.of(info)).toSeq());
  }

  @SafeVarargs
  private static SparkListenerExecutorMetricsUpdate heartbeat(
      Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>>... tasks) {
    return new SparkListenerExecutorMetricsUpdate("1",
        JavaConverters.asScalaBuffer(List.of(tasks)).toSeq(),
        scala.collection.immutable.Map$.MODULE$.empty());
  }
}
