package org.auscult.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.auscult.jobs.cli.ClusterTarget.Endpoint;
import org.auscult.jobs.cli.ClusterTarget.Protocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EndpointProbeTest {
  private static final Duration SHORT = Duration.ofMillis(500);
  private final EndpointProbe probe = new EndpointProbe(Duration.ofSeconds(3), SHORT, SHORT);
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  @Test
  void aListeningPortAnswersAndAClosedOneRefuses() throws IOException {
    ServerSocket server = listen(50);
    int port = server.getLocalPort();
    assertThat(probe.failure(new Endpoint("127.0.0.1", port, Protocol.TCP))).isEmpty();
    server.close();
    assertThat(probe.failure(new Endpoint("127.0.0.1", port, Protocol.TCP)))
        .contains("connection refused (nothing listens on that port)");
  }

  @Test
  void anUnknownHostIsNamed() {
    assertThat(probe.failure(new Endpoint("no-such-host.invalid", 7077, Protocol.TCP)))
        .contains("unknown host no-such-host.invalid");
  }

  @Test
  void aConnectionNobodyAcceptsTimesOut() throws IOException {
    // Linux drops new SYNs while a listener's accept queue (backlog + 1) is full
    ServerSocket server = listen(1);
    for (int i = 0; i < 4; i++) {
      Socket s = new Socket();
      open.add(s);
      try {
        s.connect(server.getLocalSocketAddress(), 200);
      } catch (IOException queueFull) {
        break;
      }
    }
    long start = System.nanoTime();
    assertThat(probe.failure(new Endpoint("127.0.0.1", server.getLocalPort(), Protocol.TCP)))
        .contains("no answer within 0.5 s (wrong address, host down or a firewall?)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aSparkRpcServerAnswersTheStreamRequest() throws IOException {
    List<String> asked = new ArrayList<>();
    ServerSocket spark = serve((in, out) -> {
      try {
        long frame = in.readLong();
        byte type = in.readByte();
        byte[] id = new byte[in.readInt()];
        in.readFully(id);
        String stream = new String(id, StandardCharsets.UTF_8);
        asked.add(frame + " " + type + " " + stream);
        byte[] error = ("Stream '" + stream + "' was not found.").getBytes(StandardCharsets.UTF_8);
        ByteBuffer reply = ByteBuffer.allocate(8 + 1 + 4 + id.length + 4 + error.length);
        reply.putLong(reply.capacity()).put((byte) 8).putInt(id.length).put(id)
            .putInt(error.length).put(error);
        out.write(reply.array());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(probe.failure(new Endpoint("127.0.0.1", spark.getLocalPort(),
        Protocol.SPARK_RPC))).isEmpty();
    assertThat(asked).containsExactly("41 6 /files/auscult-cluster-check");
  }

  @Test
  void anythingElseOnTheMasterPortIsNotSpark() throws IOException {
    ServerSocket http = serve((in, out) -> write(out, "HTTP/1.1 400 Bad Request\r\n\r\n"));
    assertThat(probe.failure(new Endpoint("127.0.0.1", http.getLocalPort(), Protocol.SPARK_RPC)))
        .contains("it answers HTTP, not Spark's RPC protocol (a web UI port? a master listens "
            + "on 7077 unless changed)");
    ServerSocket ssh = serve((in, out) -> write(out, "SSH-2.0-OpenSSH_9.6\r\n"));
    assertThat(probe.failure(new Endpoint("127.0.0.1", ssh.getLocalPort(), Protocol.SPARK_RPC)))
        .contains("it answers, but not in Spark's RPC protocol (not a Spark master port?)");
    ServerSocket silent = serve((in, out) -> sleep(Duration.ofSeconds(2)));
    assertThat(probe.failure(new Endpoint("127.0.0.1", silent.getLocalPort(),
        Protocol.SPARK_RPC))).contains("it accepts connections but gave no Spark reply within "
            + "0.5 s (not a Spark master port?)");
    ServerSocket closing = serve((in, out) -> { });
    assertThat(probe.failure(new Endpoint("127.0.0.1", closing.getLocalPort(),
        Protocol.SPARK_RPC))).contains("it accepts connections but closed this one without a "
            + "Spark reply (not a Spark master port?)");
  }

  private ServerSocket listen(int backlog) throws IOException {
    ServerSocket s = new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
    open.add(s);
    return s;
  }

  /** A one-connection server that runs {@code talk} on its streams, then closes it. */
  private ServerSocket serve(BiConsumer<DataInputStream, OutputStream> talk) throws IOException {
    ServerSocket server = listen(50);
    Thread t = new Thread(() -> {
      try (Socket s = server.accept()) {
        talk.accept(new DataInputStream(s.getInputStream()), s.getOutputStream());
        s.getOutputStream().flush();
      } catch (IOException e) {
        // the test closed the server
      }
    });
    t.setDaemon(true);
    t.start();
    return server;
  }

  private static void write(OutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
