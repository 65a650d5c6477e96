package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.store.McpStore;
import dev.mcpapt.runtime.store.PostgresStore;
import dev.mcpapt.runtime.store.TestPostgresAccess;

/** Two nodes, each with its own connections, on one PostgreSQL. */
class SharedSessionsPostgresTest extends SharedSessionsContract {
  @Override
  McpStore store(int n) throws Exception {
    String url = TestPostgresAccess.url();
    if (n == 0) {
      TestPostgresAccess.dropAll(url);
    }
    return PostgresStore.open(url);
  }
}
