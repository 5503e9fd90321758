package org.auscult.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.auscult.jobs.spark.SharedSpark;
import org.junit.jupiter.api.Test;

class ClipOrderTest {
  private final JavaSparkContext sc = SharedSpark.context();

  /** 40 one-row clips, the first 20 of machine "a", the rest of "b", as a table keeps them. */
  private static List<ExampleBlock> grouped() {
    List<ExampleBlock> blocks = new ArrayList<>();
    for (int c = 0; c < 40; c++) {
      String key = (c < 20 ? "a/" : "b/") + c;
      blocks.add(ExampleBlock.selfSupervised(key, new float[] {c}, 1, new int[] {1}));
    }
    return blocks;
  }

  private static List<List<String>> keysByPartition(List<List<ExampleBlock>> partitions) {
    List<List<String>> keys = new ArrayList<>();
    for (List<ExampleBlock> p : partitions) {
      keys.add(p.stream().map(ExampleBlock::clipKey).toList());
    }
    return keys;
  }

  private List<List<String>> order(List<ExampleBlock> blocks, int inputPartitions, long seed) {
    return keysByPartition(ClipOrder.seeded(sc.parallelize(blocks, inputPartitions), 2, seed)
        .glom().collect());
  }

  @Test
  void everyClipOnceInEveryPartitionBothMachinesInterleaved() {
    List<List<String>> parts = order(grouped(), 1, 7);
    assertThat(parts).hasSize(2);
    Set<String> all = new HashSet<>();
    parts.forEach(all::addAll);
    assertThat(all).hasSize(40);
    assertThat(parts.get(0).size() + parts.get(1).size()).isEqualTo(40);
    for (List<String> p : parts) {
      // the first half of each partition holds both machines: not the table's runs of one
      List<String> firstHalf = p.subList(0, p.size() / 2);
      assertThat(firstHalf).anyMatch(k -> k.startsWith("a/")).anyMatch(k -> k.startsWith("b/"));
    }
  }

  @Test
  void theOrderDependsOnTheSeedAloneNotOnTheInputOrder() {
    List<ExampleBlock> reversed = new ArrayList<>(grouped());
    Collections.reverse(reversed);
    assertThat(order(reversed, 3, 7)).isEqualTo(order(grouped(), 1, 7));
    assertThat(order(grouped(), 1, 8)).isNotEqualTo(order(grouped(), 1, 7));
  }

  @Test
  void ranksOrderByValueThenKey() {
    assertThat(new ClipOrder.Rank(1, "b").compareTo(new ClipOrder.Rank(2, "a"))).isNegative();
    assertThat(new ClipOrder.Rank(1, "a").compareTo(new ClipOrder.Rank(1, "b"))).isNegative();
    assertThat(ClipOrder.Rank.of("x", 1)).isEqualTo(ClipOrder.Rank.of("x", 1));
    assertThat(ClipOrder.Rank.of("x", 1).value()).isNotEqualTo(ClipOrder.Rank.of("x", 2).value());
  }
}
