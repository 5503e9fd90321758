package org.auscult.jobs.cli;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.auscult.jobs.cli.ClusterTarget.Endpoint;
import org.auscult.jobs.cli.ClusterTarget.Protocol;

/**
 * Asks one endpoint whether it answers: the host name resolves (within a time limit, as the
 * system resolver has none), a TCP connection opens, and for Spark's RPC protocol one request
 * gets Spark's reply. The request asks a Spark RPC server for a file stream that does not exist
 * ({@code StreamRequest}); a Spark RPC server answers it with a {@code StreamFailure}, with or
 * without {@code spark.authenticate}, and a standalone master logs no more than for any closed
 * connection (seen with Spark 3.5; the protocol is that of every Spark since 1.6).
 *
 * <p>A probe is no more than how long it waits at most for DNS, the TCP connection and Spark's
 * reply.
 */
public record EndpointProbe(Duration resolveTimeout, Duration connectTimeout,
    Duration replyTimeout) {
  /** Message types of Spark's network protocol (org.apache.spark.network.protocol.Message). */
  private static final byte STREAM_REQUEST = 6;
  private static final byte STREAM_RESPONSE = 7;
  private static final byte STREAM_FAILURE = 8;
  private static final String STREAM_ID = "/files/auscult-cluster-check";
  /** Longest reply frame expected: the failure message names the stream. */
  private static final long MAX_REPLY_FRAME = 1 << 16;

  /** Empty when {@code e} answers, else why not, in a few words (no host:port). */
  public Optional<String> failure(Endpoint e) {
    InetAddress[] addresses;
    try {
      addresses = resolve(e.host());
    } catch (UnknownHostException ex) {
      return Optional.of("unknown host " + e.host());
    } catch (TimeoutException ex) {
      return Optional.of("host name " + e.host() + " did not resolve within "
          + seconds(resolveTimeout));
    }
    List<String> causes = new ArrayList<>();
    for (InetAddress a : addresses) {
      Optional<String> cause = connect(new InetSocketAddress(a, e.port()), e.protocol());
      if (cause.isEmpty()) {
        return cause;
      }
      causes.add(addresses.length == 1 ? cause.get() : a.getHostAddress() + ": " + cause.get());
    }
    return Optional.of(String.join("; ", causes));
  }

  private InetAddress[] resolve(String host) throws UnknownHostException, TimeoutException {
    CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
      try {
        return InetAddress.getAllByName(host);
      } catch (UnknownHostException ex) {
        throw new java.util.concurrent.CompletionException(ex);
      }
    });
    try {
      return lookup.get(resolveTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException ex) {
      if (ex.getCause() instanceof UnknownHostException unknown) {
        throw unknown;
      }
      throw new IllegalStateException("looking up " + host + " failed", ex.getCause());
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new TimeoutException("interrupted");
    }
  }

  private Optional<String> connect(InetSocketAddress address, Protocol protocol) {
    try (Socket s = new Socket()) {
      s.connect(address, Math.toIntExact(connectTimeout.toMillis()));
      return protocol == Protocol.SPARK_RPC ? sparkReply(s, address.getPort())
          : Optional.empty();
    } catch (ConnectException ex) {
      return Optional.of(connectFailure(ex));
    } catch (SocketTimeoutException ex) {
      return Optional.of("no answer within " + seconds(connectTimeout)
          + " (wrong address, host down or a firewall?)");
    } catch (NoRouteToHostException ex) {
      return Optional.of("no route to host");
    } catch (IOException ex) {
      return Optional.of(ex.getMessage() == null ? ex.toString()
          : ex.getMessage().toLowerCase(Locale.ROOT));
    }
  }

  private static String connectFailure(ConnectException ex) {
    String msg = ex.getMessage() == null ? "" : ex.getMessage().toLowerCase(Locale.ROOT);
    if (msg.contains("refused")) {
      return "connection refused (nothing listens on that port)";
    }
    return msg.isEmpty() ? "cannot connect" : msg;
  }

  /** Sends a StreamRequest and reads the reply frame's header. */
  private Optional<String> sparkReply(Socket s, int port) throws IOException {
    s.setSoTimeout(Math.toIntExact(replyTimeout.toMillis()));
    byte[] id = STREAM_ID.getBytes(StandardCharsets.UTF_8);
    ByteBuffer frame = ByteBuffer.allocate(Long.BYTES + 1 + Integer.BYTES + id.length);
    frame.putLong(frame.capacity()).put(STREAM_REQUEST).putInt(id.length).put(id);
    OutputStream out = s.getOutputStream();
    out.write(frame.array());
    out.flush();
    DataInputStream in = new DataInputStream(s.getInputStream());
    byte[] head = new byte[Long.BYTES + 1];
    try {
      in.readFully(head);
    } catch (EOFException ex) {
      return Optional.of("it accepts connections but closed this one without a Spark reply "
          + "(not a Spark master port?)");
    } catch (SocketTimeoutException ex) {
      return Optional.of("it accepts connections but gave no Spark reply within "
          + seconds(replyTimeout) + " (not a Spark master port?)");
    }
    String text = new String(head, 0, 5, StandardCharsets.ISO_8859_1);
    if (text.startsWith("HTTP/")) {
      return Optional.of("it answers HTTP, not Spark's RPC protocol (" + (port
          == ClusterTargets.SPARK_MASTER_PORT ? "an HTTP proxy in the way?)"
          : "a web UI port? a master listens on " + ClusterTargets.SPARK_MASTER_PORT
              + " unless changed)"));
    }
    long length = ByteBuffer.wrap(head).getLong();
    byte type = head[Long.BYTES];
    if (length <= head.length || length > MAX_REPLY_FRAME
        || (type != STREAM_FAILURE && type != STREAM_RESPONSE)) {
      return Optional.of("it answers, but not in Spark's RPC protocol (not a Spark master port?)");
    }
    return Optional.empty();
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
