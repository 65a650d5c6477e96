package dev.mcpapt.runtime.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The contract on PostgreSQL ({@code MCPAPT_TEST_POSTGRES_URL}; .ci/setup.sh starts a scratch
 * one). Under CI a missing database fails the test instead of skipping it.
 */
class PostgresStoreTest extends McpStoreContract {
  @Override
  McpStore emptyStore() throws Exception {
    String url = TestPostgres.url();
    TestPostgres.dropAll(url);
    return PostgresStore.open(url);
  }

  @Override
  McpStore secondNode(McpStore first) {
    return PostgresStore.open(TestPostgres.url());
  }

  @Test
  void aSecondNodeStartingFindsTheSchemaMade() {
    try (McpStore again = PostgresStore.open(TestPostgres.url())) {
      assertTrue(again.reachable());
    }
  }

  @Test
  void anUnreachableDatabaseFailsFastWithAClearError() {
    long start = System.nanoTime();
    StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> PostgresStore.open(
        "jdbc:postgresql://127.0.0.1:1/none?user=x&password=secret",
        new PostgresStore.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), Clock.systemUTC()));
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos());
    assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), "no password in messages: " + e.getMessage());
  }
}
