package org.auscult.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.auscult.jobs.cli.ClusterTarget.Endpoint;
import org.auscult.jobs.cli.ClusterTarget.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTargetsTest {
  private static final HadoopSiteConf NONE = HadoopSiteConf.none();

  @TempDir
  Path tmp;

  @Test
  void localMastersNeedNothing() {
    for (String m : new String[] {"local", "local[*]", "local[2,3]", "local-cluster[2,1,1024]",
        ""}) {
      assertThat(ClusterTargets.of(m, List.of("--out", "/tmp/x"), NONE)).as(m).isEmpty();
    }
    assertThat(ClusterTargets.of(null, List.of(), NONE)).isEmpty();
  }

  @Test
  void standaloneMastersAreAskedInSparksProtocolEachOfAnHaList() {
    assertThat(ClusterTargets.of("spark://a:7077,b.example:7078", List.of(), NONE))
        .containsExactly(new ClusterTarget("Spark master", "spark://a:7077,b.example:7078",
            List.of(new Endpoint("a", 7077, Protocol.SPARK_RPC),
                new Endpoint("b.example", 7078, Protocol.SPARK_RPC))));
  }

  @Test
  void kubernetesAndMesosMastersAreConnectedTo() {
    assertThat(ClusterTargets.of("k8s://https://api.example:6443", List.of(), NONE).get(0)
        .endpoints()).containsExactly(new Endpoint("api.example", 6443, Protocol.TCP));
    assertThat(ClusterTargets.of("k8s://api.example", List.of(), NONE).get(0).endpoints())
        .containsExactly(new Endpoint("api.example", 443, Protocol.TCP));
    assertThat(ClusterTargets.of("k8s://http://127.0.0.1/", List.of(), NONE).get(0).endpoints())
        .containsExactly(new Endpoint("127.0.0.1", 80, Protocol.TCP));
    assertThat(ClusterTargets.of("mesos://m:5050", List.of(), NONE).get(0).endpoints())
        .containsExactly(new Endpoint("m", 5050, Protocol.TCP));
    assertThat(ClusterTargets.of("mesos://zk://z:2181/mesos", List.of(), NONE)).isEmpty();
  }

  @Test
  void yarnNeedsItsSiteFilesForTheResourceManager() throws Exception {
    assertThat(ClusterTargets.of("yarn", List.of(), NONE)).isEmpty();
    Files.writeString(tmp.resolve("yarn-site.xml"), """
        <?xml version="1.0"?>
        <configuration>
          <property><name>yarn.resourcemanager.hostname</name><value>rm.example</value></property>
        </configuration>
        """);
    HadoopSiteConf site = HadoopSiteConf.fromEnvironment(Map.of("YARN_CONF_DIR", tmp.toString()));
    assertThat(ClusterTargets.of("yarn", List.of(), site)).containsExactly(new ClusterTarget(
        "YARN ResourceManager", "yarn (rm.example:8032 from yarn-site.xml)",
        List.of(new Endpoint("rm.example", 8032, Protocol.TCP))));

    HadoopSiteConf ha = HadoopSiteConf.of(Map.of("yarn.resourcemanager.ha.enabled", "true",
        "yarn.resourcemanager.ha.rm-ids", "rm1, rm2",
        "yarn.resourcemanager.hostname.rm1", "r1",
        "yarn.resourcemanager.address.rm2", "${yarn.resourcemanager.hostname.rm1}:9032"));
    assertThat(ClusterTargets.of("yarn", List.of(), ha).get(0).endpoints()).containsExactly(
        new Endpoint("r1", 8032, Protocol.TCP), new Endpoint("r1", 9032, Protocol.TCP));
  }

  @Test
  void everyHdfsAuthorityInTheArgumentsIsItsNamenodeOnce() {
    List<ClusterTarget> t = ClusterTargets.of("local[2]", List.of("--data", "hdfs://nn:9000/dev",
        "--out=hdfs://nn:9000/runs/f", "--scores", "/local,hdfs://other/s", "--x",
        "hdfs:///default"), NONE);
    assertThat(t).containsExactly(
        new ClusterTarget("HDFS namenode", "hdfs://nn:9000 (--data hdfs://nn:9000/dev)",
            List.of(new Endpoint("nn", 9000, Protocol.TCP))),
        new ClusterTarget("HDFS namenode", "hdfs://other (--scores /local,hdfs://other/s)",
            List.of(new Endpoint("other", 8020, Protocol.TCP))));
  }

  @Test
  void nameservicesAndTheDefaultFileSystemComeFromTheSiteFiles() {
    HadoopSiteConf site = HadoopSiteConf.of(Map.of("fs.defaultFS", "hdfs://ns1",
        "dfs.nameservices", "ns1", "dfs.ha.namenodes.ns1", "nn1,nn2",
        "dfs.namenode.rpc-address.ns1.nn1", "h1:8020",
        "dfs.namenode.rpc-address.ns1.nn2", "h2:8020"));
    assertThat(ClusterTargets.of("local", List.of("--data", "hdfs:///dev"), site))
        .containsExactly(new ClusterTarget("HDFS namenode", "hdfs://ns1 (--data hdfs:///dev)",
            List.of(new Endpoint("h1", 8020, Protocol.TCP),
                new Endpoint("h2", 8020, Protocol.TCP))));
  }

  @Test
  void hostPortForms() {
    assertThat(ClusterTargets.endpoint("[::1]:7", 1, Protocol.TCP))
        .isEqualTo(new Endpoint("::1", 7, Protocol.TCP));
    assertThat(ClusterTargets.endpoint("user@h", 8020, Protocol.TCP))
        .isEqualTo(new Endpoint("h", 8020, Protocol.TCP));
    assertThatThrownBy(() -> ClusterTargets.endpoint("h:http", 1, Protocol.TCP))
        .hasMessage("expected host:port, got h:http");
    assertThatThrownBy(() -> ClusterTargets.endpoint("h:70000", 1, Protocol.TCP))
        .hasMessage("expected host:port with a port 1-65535, got h:70000");
  }
}
