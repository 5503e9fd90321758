package org.auscult.jobs.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auscult.jobs.cli.ClusterTarget.Endpoint;
import org.auscult.jobs.cli.ClusterTarget.Protocol;

/**
 * What a stage run depends on, from its master URL and its arguments:
 * <ul>
 *   <li>{@code local}, {@code local[…]}, {@code local-cluster[…]}: nothing;
 *   <li>{@code spark://h1:p1[,h2:p2…]}: the standalone master(s), by Spark's RPC protocol;
 *   <li>{@code yarn}: the ResourceManager(s) of {@code yarn-site.xml} ({@code
 *       yarn.resourcemanager.address}, or {@code .hostname} and port 8032; with HA each
 *       {@code rm-id}); nothing when no Hadoop configuration is found (spark-submit then says so);
 *   <li>{@code k8s://[https://]host[:port]}: the API server (port 443 when https without a port);
 *   <li>{@code mesos://host:port}: the master ({@code mesos://zk://…} is not checked);
 *   <li>every {@code hdfs://} authority in the arguments: the namenode ({@code host:port}; a
 *       nameservice of {@code hdfs-site.xml} by its namenodes' RPC addresses; port 8020 when none
 *       is given); {@code hdfs:///…} uses {@code fs.defaultFS}.
 * </ul>
 */
public final class ClusterTargets {
  static final int SPARK_MASTER_PORT = 7077;
  static final int YARN_RM_PORT = 8032;
  static final int NAMENODE_PORT = 8020;
  private static final Pattern HDFS = Pattern.compile("hdfs:/(/([^/,\\s]*))?[^,\\s]*");

  private ClusterTargets() {}

  /** The services {@code master} and the hdfs:// paths in {@code args} name, without repeats. */
  public static List<ClusterTarget> of(String master, List<String> args, HadoopSiteConf site) {
    Map<String, ClusterTarget> out = new LinkedHashMap<>();
    if (master != null) {
      master(master.strip(), site).ifPresent(t -> out.put(t.role() + " " + t.name(), t));
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      Matcher m = HDFS.matcher(arg);
      while (m.find()) {
        String where = arg.startsWith("-") || i == 0 || !args.get(i - 1).startsWith("-")
            ? arg : args.get(i - 1) + " " + arg;
        Optional<ClusterTarget> t = namenode(m.group(2), where, site);
        t.ifPresent(target -> out.putIfAbsent(target.role() + " " + target.endpoints(), target));
      }
    }
    return List.copyOf(out.values());
  }

  static Optional<ClusterTarget> master(String master, HadoopSiteConf site) {
    String m = master.toLowerCase(Locale.ROOT);
    if (m.isEmpty() || m.startsWith("local")) {
      return Optional.empty();
    }
    if (m.startsWith("spark://")) {
      List<Endpoint> eps = new ArrayList<>();
      for (String hp : master.substring("spark://".length()).split(",")) {
        eps.add(endpoint(hp, SPARK_MASTER_PORT, Protocol.SPARK_RPC));
      }
      return Optional.of(new ClusterTarget("Spark master", master, eps));
    }
    if (m.equals("yarn")) {
      return resourceManagers(site);
    }
    if (m.startsWith("k8s://")) {
      String rest = master.substring("k8s://".length());
      String scheme = rest.contains("://") ? rest.substring(0, rest.indexOf("://")) : "https";
      String hostPort = rest.contains("://") ? rest.substring(rest.indexOf("://") + 3) : rest;
      int slash = hostPort.indexOf('/');
      hostPort = slash < 0 ? hostPort : hostPort.substring(0, slash);
      int port = scheme.equalsIgnoreCase("http") ? 80 : 443;
      return Optional.of(new ClusterTarget("Kubernetes API server", master,
          List.of(endpoint(hostPort, port, Protocol.TCP))));
    }
    if (m.startsWith("mesos://") && !m.startsWith("mesos://zk://")) {
      return Optional.of(new ClusterTarget("Mesos master", master,
          List.of(endpoint(master.substring("mesos://".length()), 5050, Protocol.TCP))));
    }
    return Optional.empty();
  }

  private static Optional<ClusterTarget> resourceManagers(HadoopSiteConf site) {
    if (!site.found()) {
      return Optional.empty();
    }
    List<Endpoint> eps = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (site.get("yarn.resourcemanager.ha.enabled").orElse("false").equalsIgnoreCase("true")) {
      for (String id : site.list("yarn.resourcemanager.ha.rm-ids")) {
        rmAddress(site, "." + id).ifPresent(a -> {
          eps.add(endpoint(a, YARN_RM_PORT, Protocol.TCP));
          names.add(a);
        });
      }
    }
    if (eps.isEmpty()) {
      String a = rmAddress(site, "").orElse("0.0.0.0:" + YARN_RM_PORT);
      eps.add(endpoint(a, YARN_RM_PORT, Protocol.TCP));
      names.add(a);
    }
    return Optional.of(new ClusterTarget("YARN ResourceManager", "yarn (" + String.join(",", names)
        + " from yarn-site.xml)", eps));
  }

  private static Optional<String> rmAddress(HadoopSiteConf site, String suffix) {
    return site.get("yarn.resourcemanager.address" + suffix)
        .or(() -> site.get("yarn.resourcemanager.hostname" + suffix)
            .map(h -> h + ":" + YARN_RM_PORT));
  }

  /**
   * The namenode(s) of one hdfs:// authority ({@code null} or empty: {@code fs.defaultFS});
   * {@code where} is the argument it came from.
   */
  static Optional<ClusterTarget> namenode(String authority, String where, HadoopSiteConf site) {
    String auth = authority;
    if (auth == null || auth.isEmpty()) {
      Optional<String> defaultFs = site.get("fs.defaultFS").filter(fs -> fs.startsWith("hdfs://"));
      if (defaultFs.isEmpty()) {
        return Optional.empty();
      }
      try {
        auth = new URI(defaultFs.get()).getAuthority();
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
      if (auth == null) {
        return Optional.empty();
      }
    }
    String name = "hdfs://" + auth + " (" + where + ")";
    if (site.list("dfs.nameservices").contains(auth)) {
      List<Endpoint> eps = new ArrayList<>();
      for (String nn : site.list("dfs.ha.namenodes." + auth)) {
        site.get("dfs.namenode.rpc-address." + auth + "." + nn)
            .ifPresent(a -> eps.add(endpoint(a, NAMENODE_PORT, Protocol.TCP)));
      }
      site.get("dfs.namenode.rpc-address." + auth)
          .ifPresent(a -> eps.add(endpoint(a, NAMENODE_PORT, Protocol.TCP)));
      if (!eps.isEmpty()) {
        return Optional.of(new ClusterTarget("HDFS namenode", name, eps));
      }
    }
    return Optional.of(new ClusterTarget("HDFS namenode", name,
        List.of(endpoint(auth, NAMENODE_PORT, Protocol.TCP))));
  }

  /** {@code host[:port]} or {@code [v6]:port}, with {@code defaultPort} when none is given. */
  static Endpoint endpoint(String hostPort, int defaultPort, Protocol protocol) {
    String hp = hostPort.strip();
    int at = hp.lastIndexOf('@');
    hp = at < 0 ? hp : hp.substring(at + 1);
    String host = hp;
    int port = defaultPort;
    if (hp.startsWith("[")) {
      int close = hp.indexOf(']');
      host = hp.substring(1, close);
      if (hp.length() > close + 2 && hp.charAt(close + 1) == ':') {
        port = parsePort(hp.substring(close + 2), hostPort);
      }
    } else {
      int colon = hp.lastIndexOf(':');
      if (colon >= 0 && hp.indexOf(':') == colon) {
        host = hp.substring(0, colon);
        port = parsePort(hp.substring(colon + 1), hostPort);
      }
    }
    return new Endpoint(host, port, protocol);
  }

  private static int parsePort(String port, String hostPort) {
    try {
      return Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected host:port, got " + hostPort);
    }
  }
}
