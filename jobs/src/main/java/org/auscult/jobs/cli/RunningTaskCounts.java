package org.auscult.jobs.cli;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.Tuple4;
import scala.collection.Iterator;

/**
 * The values one long accumulator has in tasks still running, from their executors' heartbeats.
 * A task's value leaves the sum when the task ends (its final value is then in the accumulator on
 * the driver, or was dropped with a failed attempt).
 */
final class RunningTaskCounts extends SparkListener {
  private final long accumulatorId;
  private final ConcurrentHashMap<Long, Long> byTask = new ConcurrentHashMap<>();

  RunningTaskCounts(long accumulatorId) {
    this.accumulatorId = accumulatorId;
  }

  /** The sum over running tasks. */
  long sum() {
    return byTask.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
    Iterator<Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>>> tasks =
        update.accumUpdates().iterator();
    while (tasks.hasNext()) {
      Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>> t = tasks.next();
      Iterator<AccumulableInfo> infos = t._4().iterator();
      while (infos.hasNext()) {
        AccumulableInfo info = infos.next();
        if (info.id() == accumulatorId && info.update().isDefined()
            && info.update().get() instanceof Number n) {
          byTask.put((Long) t._1(), n.longValue());
        }
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    byTask.remove(end.taskInfo().taskId());
  }
}
