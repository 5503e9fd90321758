package org.auscult.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCheckTest {
  private static final Duration SHORT = Duration.ofMillis(500);
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private static ClusterCheck check(int uiPort) {
    return new ClusterCheck(new EndpointProbe(SHORT, SHORT, SHORT), uiPort);
  }

  @Test
  void aRefusedMasterIsOneLineNamingItsUrlAndTheCause() throws IOException {
    int port = closedPort();
    String master = "spark://127.0.0.1:" + port;
    assertThat(check(0).failure(ClusterTargets.of(master, List.of(), HadoopSiteConf.none())))
        .contains("cannot reach Spark master " + master
            + ": connection refused (nothing listens on that port)");
  }

  @Test
  void anHaMasterAnswersWhenOneOfItsMastersDoes() throws IOException {
    int spark = fakeSparkMaster();
    int dead = closedPort();
    String both = "spark://127.0.0.1:" + dead + ",127.0.0.1:" + spark;
    assertThat(check(0).failure(ClusterTargets.of(both, List.of(), HadoopSiteConf.none())))
        .isEmpty();
    String none = "spark://127.0.0.1:" + dead + ",no-such-host.invalid:7077";
    assertThat(check(0).failure(ClusterTargets.of(none, List.of(), HadoopSiteConf.none())))
        .contains("cannot reach Spark master " + none + ": 127.0.0.1:" + dead
            + " connection refused (nothing listens on that port); no-such-host.invalid:7077 "
            + "unknown host no-such-host.invalid");
  }

  @Test
  void theFirstUnreachableNamenodeIsNamedWithItsArgument() throws IOException {
    ServerSocket nn = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    open.add(nn);
    int dead = closedPort();
    List<String> args = List.of("--data", "hdfs://127.0.0.1:" + nn.getLocalPort() + "/dev",
        "--out", "hdfs://127.0.0.1:" + dead + "/runs/f");
    assertThat(check(0).failure(ClusterTargets.of("local[2]", args, HadoopSiteConf.none())))
        .contains("cannot reach HDFS namenode hdfs://127.0.0.1:" + dead + " (--out hdfs://"
            + "127.0.0.1:" + dead + "/runs/f): connection refused (nothing listens on that port)");
  }

  @Test
  void aMasterOfAnotherMinorVersionIsNamedAsSuch() throws IOException {
    int spark = fakeSparkMaster();
    HttpServer ui = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        0);
    byte[] page = ("<title>Spark Master at spark://127.0.0.1:" + spark + "</title>"
        + "<span class=\"version\" style=\"margin-right: 15px;\">3.4.1</span>")
        .getBytes(StandardCharsets.UTF_8);
    ui.createContext("/", x -> {
      x.sendResponseHeaders(200, page.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(page);
      }
    });
    ui.start();
    open.add(() -> ui.stop(0));
    String master = "spark://127.0.0.1:" + spark;
    String mine = SparkMasterUi.clientVersion().orElseThrow();
    assertThat(check(ui.getAddress().getPort()).failure(ClusterTargets.of(master, List.of(),
        HadoopSiteConf.none()))).contains("Spark master " + master
            + ": version mismatch: the master runs Spark 3.4.1 (its web UI on port "
            + ui.getAddress().getPort() + " says so), this build Spark " + mine
            + "; a driver of another minor version cannot register");
  }

  @Test
  void aStageMainFailsWithTheUnreachableExitCode() throws IOException {
    int port = closedPort();
    assertThatThrownBy(() -> ClusterCheck.beforeStage("spark://127.0.0.1:" + port,
        List.of("--out", "x"), Map.of()))
        .isInstanceOfSatisfying(StageFailedException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.UNREACHABLE))
        .hasMessageStartingWith("cannot reach Spark master spark://127.0.0.1:" + port + ": ");
    assertThat(ClusterCheck.beforeStage("local[2]", List.of("--out", "x"), Map.of())).isEmpty();
  }

  @Test
  void anUnreadableHadoopSiteFileIsAConfigurationError(@TempDir Path conf) throws IOException {
    Files.writeString(conf.resolve("yarn-site.xml"), "<configuration><property>");
    assertThatThrownBy(() -> ClusterCheck.beforeStage("yarn", List.of(),
        Map.of("HADOOP_CONF_DIR", conf.toString())))
        .isInstanceOfSatisfying(StageFailedException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.CONFIG))
        .hasMessageStartingWith("configuration error: cannot read Hadoop configuration "
            + conf.resolve("yarn-site.xml"));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Answers every connection's StreamRequest as Spark does: a StreamFailure frame. */
  private int fakeSparkMaster() throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    open.add(server);
    Thread t = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          DataInputStream in = new DataInputStream(s.getInputStream());
          in.readLong();
          in.readByte();
          byte[] id = new byte[in.readInt()];
          in.readFully(id);
          ByteBuffer reply = ByteBuffer.allocate(8 + 1 + 4 + id.length + 4);
          reply.putLong(reply.capacity()).put((byte) 8).putInt(id.length).put(id).putInt(0);
          s.getOutputStream().write(reply.array());
        } catch (IOException e) {
          // closed by the test, or a client that went away
        }
      }
    });
    t.setDaemon(true);
    t.start();
    return server.getLocalPort();
  }
}
