package dev.mcpapt.runtime.tasks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Tasks in a database table ({@code mcp_tasks}, created if missing), so their status and result
 * survive a restart and every node sharing the database can answer polls. Written in SQL that
 * SQLite and PostgreSQL both run; the JDBC driver comes from the application's class path
 * ({@code org.xerial:sqlite-jdbc}, {@code org.postgresql:postgresql}).
 *
 * <p>Changes are optimistic: each row has a version, and an update that lost a race is retried on
 * the fresh row. Times are stored as epoch milliseconds.
 */
public final class JdbcTaskStore implements TaskStore {
  /** Gives connections; {@link #open(String)} and {@link #of(DataSource)} make one. */
  @FunctionalInterface
  public interface Connections {
    Connection get() throws SQLException;
  }

  private static final String COLUMNS = "task_id, owner, tool, revision, status, status_message, created_at, "
      + "last_updated_at, ttl_ms, expires_at, poll_interval_ms, result, error, input_requests, input_responses, runner, "
      + "heartbeat_at, version";

  private final Connections connections;
  private final BlockingQueue<Connection> idle;
  private final boolean sqlite;

  private JdbcTaskStore(Connections connections, int pool, boolean sqlite) {
    this.connections = connections;
    this.idle = new ArrayBlockingQueue<>(pool);
    this.sqlite = sqlite;
    createTable();
  }

  /**
   * A store at a JDBC URL, e.g. {@code jdbc:sqlite:/var/lib/app/tasks.db} or
   * {@code jdbc:postgresql://db/app} (user and password in the URL or {@link #open(String, String, String)}).
   */
  public static JdbcTaskStore open(String url) {
    return open(url, null, null);
  }

  public static JdbcTaskStore open(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    Connections c = () -> user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
    // SQLite takes one writer at a time: one connection avoids "database is locked" between our own threads.
    return new JdbcTaskStore(c, sqlite ? 1 : 4, sqlite);
  }

  /** A store on the connections of {@code dataSource} (a pool of the application's). */
  public static JdbcTaskStore of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new JdbcTaskStore(dataSource::getConnection, 1, false);
  }

  // ---------------------------------------------------------------- connections

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T with(Work<T> work) {
    Connection c = idle.poll();
    try {
      if (c == null || c.isClosed()) {
        c = connect();
      }
      T out = work.run(c);
      if (!idle.offer(c)) {
        c.close();
      }
      return out;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new IllegalStateException("Task store: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      closeQuietly(c); // a change function failed mid-work: do not hand the connection out again
      throw e;
    }
  }

  private Connection connect() throws SQLException {
    Connection c = connections.get();
    if (sqlite) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
      }
    }
    return c;
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already broken
      }
    }
  }

  private void createTable() {
    with(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS mcp_tasks ("
            + "task_id VARCHAR(64) PRIMARY KEY, owner VARCHAR(512) NOT NULL, tool VARCHAR(256) NOT NULL, "
            + "revision VARCHAR(16) NOT NULL, status VARCHAR(16) NOT NULL, status_message TEXT, "
            + "created_at BIGINT NOT NULL, last_updated_at BIGINT NOT NULL, ttl_ms BIGINT, expires_at BIGINT, "
            + "poll_interval_ms BIGINT NOT NULL, result TEXT, error TEXT, input_requests TEXT, input_responses TEXT, "
            + "runner VARCHAR(256), heartbeat_at BIGINT, version BIGINT NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS mcp_tasks_owner ON mcp_tasks (owner, created_at, task_id)");
        s.execute("CREATE INDEX IF NOT EXISTS mcp_tasks_expiry ON mcp_tasks (expires_at)");
        s.execute("CREATE INDEX IF NOT EXISTS mcp_tasks_runner ON mcp_tasks (runner, status)");
      }
      return null;
    });
  }

  // ---------------------------------------------------------------- TaskStore

  @Override
  public void create(TaskRecord t) {
    with(c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO mcp_tasks (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
        bind(p, t);
        p.executeUpdate();
      }
      return null;
    });
  }

  private static void bind(PreparedStatement p, TaskRecord t) throws SQLException {
    p.setString(1, t.taskId());
    p.setString(2, t.owner() == null ? "" : t.owner());
    p.setString(3, t.tool());
    p.setString(4, t.revision());
    p.setString(5, t.status().wireName());
    p.setString(6, t.statusMessage());
    p.setLong(7, t.createdAt().toEpochMilli());
    p.setLong(8, t.lastUpdatedAt().toEpochMilli());
    setLong(p, 9, t.ttlMs());
    setLong(p, 10, t.expiresAt() == null ? null : t.expiresAt().toEpochMilli());
    p.setLong(11, t.pollIntervalMs());
    p.setString(12, t.result());
    p.setString(13, t.error());
    p.setString(14, t.inputRequests());
    p.setString(15, t.inputResponses());
    p.setString(16, t.runner());
    setLong(p, 17, t.heartbeatAt() == null ? null : t.heartbeatAt().toEpochMilli());
  }

  private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.BIGINT);
    } else {
      p.setLong(i, v);
    }
  }

  private record Row(TaskRecord task, long version) {}

  private static Row read(ResultSet r) throws SQLException {
    String owner = r.getString("owner");
    long ttl = r.getLong("ttl_ms");
    Long ttlMs = r.wasNull() ? null : ttl;
    long beat = r.getLong("heartbeat_at");
    Instant heartbeat = r.wasNull() ? null : Instant.ofEpochMilli(beat);
    TaskRecord t = new TaskRecord(r.getString("task_id"), owner.isEmpty() ? null : owner, r.getString("tool"),
        r.getString("revision"), TaskStatus.of(r.getString("status")), r.getString("status_message"),
        Instant.ofEpochMilli(r.getLong("created_at")), Instant.ofEpochMilli(r.getLong("last_updated_at")), ttlMs,
        r.getLong("poll_interval_ms"), r.getString("result"), r.getString("error"), r.getString("input_requests"),
        r.getString("input_responses"), r.getString("runner"), heartbeat);
    return new Row(t, r.getLong("version"));
  }

  private static Optional<Row> select(Connection c, String taskId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM mcp_tasks WHERE task_id = ?")) {
      p.setString(1, taskId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    }
  }

  @Override
  public Optional<TaskRecord> get(String taskId) {
    return with(c -> select(c, taskId).map(Row::task));
  }

  @Override
  public Optional<TaskRecord> update(String taskId, UnaryOperator<TaskRecord> change) {
    return with(c -> {
      for (int attempt = 0; attempt < 50; attempt++) {
        Optional<Row> row = select(c, taskId);
        if (row.isEmpty()) {
          return Optional.empty();
        }
        TaskRecord current = row.get().task();
        TaskRecord next = Objects.requireNonNull(change.apply(current), "change returned null");
        if (next == current) {
          return Optional.of(current);
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE mcp_tasks SET task_id = ?, owner = ?, tool = ?, "
            + "revision = ?, status = ?, status_message = ?, created_at = ?, last_updated_at = ?, ttl_ms = ?, "
            + "expires_at = ?, poll_interval_ms = ?, result = ?, error = ?, input_requests = ?, input_responses = ?, "
            + "runner = ?, heartbeat_at = ?, version = version + 1 WHERE task_id = ? AND version = ?")) {
          bind(p, next);
          p.setString(18, taskId);
          p.setLong(19, row.get().version());
          if (p.executeUpdate() == 1) {
            return Optional.of(next);
          }
        }
      }
      throw new SQLException("task " + taskId + " kept changing under concurrent updates");
    });
  }

  @Override
  public List<TaskRecord> list(String owner, String afterTaskId, int limit) {
    return with(c -> {
      String sql = "SELECT " + COLUMNS + " FROM mcp_tasks WHERE owner = ?"
          + (afterTaskId == null ? "" : " AND (created_at > (SELECT created_at FROM mcp_tasks WHERE task_id = ?)"
              + " OR (created_at = (SELECT created_at FROM mcp_tasks WHERE task_id = ?) AND task_id > ?))")
          + " ORDER BY created_at, task_id LIMIT ?";
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int i = 1;
        p.setString(i++, owner == null ? "" : owner);
        if (afterTaskId != null) {
          p.setString(i++, afterTaskId);
          p.setString(i++, afterTaskId);
          p.setString(i++, afterTaskId);
        }
        p.setInt(i, limit);
        List<TaskRecord> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(read(r).task());
          }
        }
        return out;
      }
    });
  }

  @Override
  public int countActive(String owner) {
    return with(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT COUNT(*) FROM mcp_tasks WHERE owner = ? AND status IN ('working', 'input_required')")) {
        p.setString(1, owner == null ? "" : owner);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }

  @Override
  public List<String> activeIds(String runner) {
    return with(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT task_id FROM mcp_tasks WHERE runner = ? AND status IN ('working', 'input_required')")) {
        p.setString(1, runner);
        List<String> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(r.getString(1));
          }
        }
        return out;
      }
    });
  }

  @Override
  public int deleteExpired(Instant now) {
    return with(c -> {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM mcp_tasks WHERE expires_at IS NOT NULL AND expires_at <= ?")) {
        p.setLong(1, now.toEpochMilli());
        return p.executeUpdate();
      }
    });
  }

  @Override
  public void close() {
    Connection c;
    while ((c = idle.poll()) != null) {
      closeQuietly(c);
    }
  }
}
