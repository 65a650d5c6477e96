package dev.mcpapt.runtime.store;

import java.sql.SQLException;

/** {@link TestPostgres} for tests of other packages. */
public final class TestPostgresAccess {
  private TestPostgresAccess() {}

  public static String url() {
    return TestPostgres.url();
  }

  public static void dropAll(String url) throws SQLException {
    TestPostgres.dropAll(url);
  }
}
