package org.auscult.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auscult.jobs.cli.ClusterTarget.Endpoint;

/**
 * The Spark version of a standalone master, when its web UI answers on the usual port: the page
 * titled {@code Spark Master at spark://host:port} shows the version beside the logo. Spark's RPC
 * protocol says nothing about versions, and a driver of another minor version fails only later,
 * deserializing the master's messages. Anything unexpected (no UI, another port, another page)
 * means "unknown", never a failure.
 */
public final class SparkMasterUi {
  /** The master web UI's default port (spark.master.ui.port). */
  static final int DEFAULT_UI_PORT = 8080;
  private static final int MAX_PAGE = 1 << 16;
  private static final Pattern TITLE =
      Pattern.compile("<title>\\s*Spark Master at spark://[^<]*?:(\\d+)\\s*</title>");
  private static final Pattern VERSION =
      Pattern.compile("<span class=\"version\"[^>]*>\\s*([0-9][^<\\s]*)\\s*</span>");

  private SparkMasterUi() {}

  /** The version the master at {@code master} shows on {@code http://host:uiPort/}. */
  public static Optional<String> version(Endpoint master, int uiPort, Duration timeout) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create("http://" + master.host() + ":" + uiPort
          + "/").toURL().openConnection(Proxy.NO_PROXY);
      c.setConnectTimeout(Math.toIntExact(timeout.toMillis()));
      c.setReadTimeout(Math.toIntExact(timeout.toMillis()));
      c.setInstanceFollowRedirects(false);
      try {
        if (c.getResponseCode() != HttpURLConnection.HTTP_OK) {
          return Optional.empty();
        }
        try (InputStream in = c.getInputStream()) {
          return versionOnPage(new String(in.readNBytes(MAX_PAGE), StandardCharsets.UTF_8),
              master.port());
        }
      } finally {
        c.disconnect();
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The version on a master's page, if the page is that of the master on {@code port}. */
  static Optional<String> versionOnPage(String html, int port) {
    Matcher title = TITLE.matcher(html);
    if (!title.find() || Integer.parseInt(title.group(1)) != port) {
      return Optional.empty();
    }
    Matcher v = VERSION.matcher(html);
    return v.find() ? Optional.of(v.group(1)) : Optional.empty();
  }

  /** The Spark version on this class path (spark-core's Maven metadata), if Spark is there. */
  public static Optional<String> clientVersion() {
    for (String scala : new String[] {"2.12", "2.13"}) {
      String res = "META-INF/maven/org.apache.spark/spark-core_" + scala + "/pom.properties";
      try (InputStream in = SparkMasterUi.class.getClassLoader().getResourceAsStream(res)) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          return Optional.ofNullable(p.getProperty("version"));
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether two versions differ in major or minor number (3.5.1 and 3.5.9 work together). */
  static boolean incompatible(String a, String b) {
    return !majorMinor(a).equals(majorMinor(b));
  }

  private static String majorMinor(String version) {
    String[] parts = version.split("[.-]");
    return parts.length < 2 ? version : parts[0] + "." + parts[1];
  }
}
