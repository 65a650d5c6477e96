package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The same contract against PostgreSQL. Runs only when {@code MCPAPT_TEST_POSTGRES_URL} names a
 * database the test may drop the {@code tasks} table of, e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/tasks?user=tasks&password=secret}.
 */
class PostgresTaskStoreTest extends TaskStoreContract {
  private static final String URL = System.getenv("MCPAPT_TEST_POSTGRES_URL");

  @Override
  TaskStore emptyStore() throws Exception {
    assumeTrue(URL != null && !URL.isBlank(), "MCPAPT_TEST_POSTGRES_URL is not set");
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS tasks");
    }
    return TaskStore.open(URL);
  }

  @Override
  TaskStore reopen() {
    return TaskStore.open(URL);
  }
}
