package org.auscult.jobs.cli;

import java.util.List;

/**
 * One service a stage depends on, as the user named it: a Spark master, YARN ResourceManager,
 * Kubernetes API server or HDFS namenode. It is reachable when any of its endpoints answers (the
 * endpoints of a high-availability pair are alternatives).
 *
 * @param role what the service is, e.g. {@code Spark master}
 * @param name how the user named it, e.g. {@code spark://host:7077} or {@code hdfs://nn:8020 (--data
 *     hdfs://nn:8020/dev)}
 * @param endpoints where it listens; at least one
 */
public record ClusterTarget(String role, String name, List<Endpoint> endpoints) {
  /** How much of a service's protocol the check speaks. */
  public enum Protocol {
    /** TCP connect only. */
    TCP,
    /** TCP connect, then one request of Spark's RPC protocol that any Spark RPC server answers. */
    SPARK_RPC
  }

  /** A host and port, with the protocol to check there. */
  public record Endpoint(String host, int port, Protocol protocol) {
    public Endpoint {
      if (host.isBlank() || port < 1 || port > 65_535) {
        throw new IllegalArgumentException("expected host:port with a port 1-65535, got "
            + host + ":" + port);
      }
    }

    @Override
    public String toString() {
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  public ClusterTarget {
    endpoints = List.copyOf(endpoints);
    if (endpoints.isEmpty()) {
      throw new IllegalArgumentException("no endpoint for " + role + " " + name);
    }
  }
}
