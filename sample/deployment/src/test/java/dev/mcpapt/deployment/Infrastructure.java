package dev.mcpapt.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * What the deployment test needs from the machine: PostgreSQL (started by .ci/setup.sh, which
 * exports its URL, data folder and binaries) and HAProxy. Under CI a missing piece fails the
 * test; elsewhere it is skipped.
 */
final class Infrastructure {
  private Infrastructure() {}

  static void require(boolean present, String what) {
    if (present) {
      return;
    }
    String ci = System.getenv("CI");
    if (ci != null && !ci.isEmpty()) {
      fail(what + " (CI must provide it: .ci/setup.sh)");
    }
    Assumptions.abort(what);
  }

  static String postgresUrl() {
    String url = System.getenv("MCPAPT_TEST_POSTGRES_URL");
    require(url != null && !url.isBlank(), "MCPAPT_TEST_POSTGRES_URL is not set");
    return url;
  }

  /** A new, empty database on the test's PostgreSQL: its JDBC URL. */
  static String createDatabase(String name) throws java.sql.SQLException {
    String base = postgresUrl();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(base); java.sql.Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return base.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
  }

  /** Drops a database {@link #createDatabase} made (best effort: it is scratch anyway). */
  static void dropDatabase(String name) {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgresUrl());
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (java.sql.SQLException e) {
      // left for the cluster's removal
    }
  }

  static String haproxy() {
    for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin").split(":")) {
      Path p = Path.of(dir, "haproxy");
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return p.toString();
      }
    }
    require(false, "HAProxy is not installed");
    return null;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Stops ({@code "stop"}) or starts ({@code "start"}) the test's PostgreSQL cluster. */
  static void postgres(String action) throws Exception {
    String dir = System.getenv("MCPAPT_PG_DIR");
    String bin = System.getenv("MCPAPT_PG_BIN");
    require(dir != null && bin != null, "MCPAPT_PG_DIR and MCPAPT_PG_BIN are not set (.ci/setup.sh exports them)");
    String port = postgresUrl().replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1");
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.addAll(List.of(bin + "/pg_ctl", "-D", dir + "/data", "-w", "-l", dir + "/server.log"));
    if (action.equals("stop")) {
      command.addAll(List.of("-m", "fast", "stop"));
    } else {
      command.addAll(List.of("-o", "-h 127.0.0.1 -p " + port + " -k " + dir, "start"));
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      fail("pg_ctl " + action + " failed: " + out);
    }
  }
}
