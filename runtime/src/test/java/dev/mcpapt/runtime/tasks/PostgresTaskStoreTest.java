package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The same contract on PostgreSQL. Runs only when {@code MCPAPT_TEST_POSTGRES_URL} names a
 * database whose {@code mcp_tasks} table the test may drop (.ci/setup.sh starts a scratch one).
 */
class PostgresTaskStoreTest extends TaskStoreContract {
  private static final String URL = System.getenv("MCPAPT_TEST_POSTGRES_URL");

  @Override
  TaskStore emptyStore() throws Exception {
    assumeTrue(URL != null && !URL.isBlank(), "MCPAPT_TEST_POSTGRES_URL is not set");
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS mcp_tasks");
    }
    return JdbcTaskStore.open(URL);
  }
}
