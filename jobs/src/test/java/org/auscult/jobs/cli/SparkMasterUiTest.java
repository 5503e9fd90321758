package org.auscult.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkMasterUiTest {
  /** The lines that matter of a Spark 3.5.9 master's page (http://127.0.0.1:18080/). */
  private static final String PAGE = """
      <!DOCTYPE html><html>
            <head>
              <link rel="shortcut icon" href="/static/spark-logo-77x50px-hd.png"></link>
              <title>Spark Master at spark://127.0.0.1:17077</title>
            </head>
            <body>
                        <a style="text-decoration: none" href="/">
                        <img src="/static/spark-logo-77x50px-hd.png"/>
                        <span class="version" style="margin-right: 15px;">3.5.9</span>
      """;

  @Test
  void readsTheVersionOfTheMasterOnThatPortOnly() {
    assertThat(SparkMasterUi.versionOnPage(PAGE, 17077)).contains("3.5.9");
    assertThat(SparkMasterUi.versionOnPage(PAGE, 7077)).isEmpty();
    assertThat(SparkMasterUi.versionOnPage("<title>Airflow</title>", 7077)).isEmpty();
  }

  @Test
  void onlyMajorAndMinorVersionsMustAgree() {
    assertThat(SparkMasterUi.incompatible("3.5.9", "3.5.1")).isFalse();
    assertThat(SparkMasterUi.incompatible("3.5.9", "3.4.1")).isTrue();
    assertThat(SparkMasterUi.incompatible("3.5.9", "4.0.0-preview2")).isTrue();
  }

  @Test
  void theClientVersionIsSparksOnTheClassPath() {
    assertThat(SparkMasterUi.clientVersion()).contains(org.apache.spark.package$.MODULE$
        .SPARK_VERSION());
  }
}
