package dev.mcpapt.runtime.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The scratch PostgreSQL of the tests: required under CI, else skipped when absent. */
final class TestPostgres {
  private TestPostgres() {}

  static String url() {
    String url = System.getenv("MCPAPT_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("MCPAPT_TEST_POSTGRES_URL is not set: CI must start PostgreSQL (.ci/setup.sh)");
      }
      assumeTrue(false, "MCPAPT_TEST_POSTGRES_URL is not set");
    }
    return url;
  }

  /** Drops the store's tables so a test starts from nothing. */
  static void dropAll(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS mcp_events, mcp_subscriptions, mcp_streams, mcp_sessions, mcp_messages, "
          + "mcp_keys, mcp_schema, mcp_tasks CASCADE");
    }
  }
}
