package dev.mcpapt.runtime.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mcpapt.runtime.tasks.JdbcTaskStore;
import dev.mcpapt.runtime.tasks.TaskStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The shared state in PostgreSQL: tables {@code mcp_sessions}, {@code mcp_streams},
 * {@code mcp_events}, {@code mcp_subscriptions}, {@code mcp_messages}, {@code mcp_keys} (and the
 * task store's {@code mcp_tasks}), created or migrated on start under an advisory lock so that
 * nodes starting together do not race. Fan-out is {@code LISTEN/NOTIFY} on one channel; a payload
 * too large for a notification goes into {@code mcp_messages} and the notification carries its
 * row id.
 *
 * <p>Connections come from a HikariCP pool with short timeouts (connect, socket, statement), so a
 * dead database fails calls within seconds with {@link StoreUnavailableException} instead of
 * hanging them; the listening connection reconnects on its own and then asks listeners to
 * {@link Listener#resync()}.
 */
public final class PostgresStore implements McpStore {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.store");
  private static final String CHANNEL = "mcp_fanout";
  /** PostgreSQL refuses notification payloads of 8000 bytes or more; stay clear of it. */
  static final int MAX_INLINE_BYTES = 7900;
  private static final int SCHEMA_VERSION = 1;
  private static final long KEY_CACHE_MS = 5_000;

  /** Timeouts of the pool and of every statement. */
  public record Timeouts(Duration connect, Duration statement) {
    public Timeouts {
      Objects.requireNonNull(connect, "connect");
      Objects.requireNonNull(statement, "statement");
    }

    public static Timeouts defaults() {
      return new Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(5));
    }
  }

  private final String url;
  private final Properties driverProperties;
  private final HikariDataSource pool;
  private final Clock clock;
  private final JdbcTaskStore tasks;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final Thread listenThread;
  private volatile boolean closed;
  private volatile List<byte[]> keyCache;
  private volatile long keyCacheAt;

  private PostgresStore(String url, Timeouts timeouts, Clock clock) {
    this.url = url;
    this.clock = clock;
    this.driverProperties = new Properties();
    long connectSeconds = Math.max(1, timeouts.connect().toSeconds());
    driverProperties.setProperty("connectTimeout", Long.toString(connectSeconds));
    driverProperties.setProperty("loginTimeout", Long.toString(connectSeconds));
    // A read that waits this long means the server or the network is gone (statements end sooner).
    driverProperties.setProperty("socketTimeout", Long.toString(Math.max(2, timeouts.statement().toSeconds() * 2)));
    driverProperties.setProperty("tcpKeepAlive", "true");
    driverProperties.setProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setDataSourceProperties(driverProperties);
    c.setPoolName("mcp-store");
    c.setMaximumPoolSize(10);
    c.setMinimumIdle(1);
    c.setConnectionTimeout(Math.max(250, timeouts.connect().toMillis()));
    c.setValidationTimeout(Math.max(250, Math.min(timeouts.connect().toMillis(), 1000)));
    c.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
    c.setInitializationFailTimeout(timeouts.connect().toMillis());
    try {
      this.pool = new HikariDataSource(c);
    } catch (RuntimeException e) {
      throw new StoreUnavailableException("PostgreSQL at " + redact(url) + " is unreachable: " + e.getMessage(), e);
    }
    try {
      migrate();
      this.tasks = JdbcTaskStore.of(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    this.listenThread = new Thread(this::listenLoop, "mcp-store-listen");
    listenThread.setDaemon(true);
    listenThread.start();
  }

  /**
   * Opens the store at {@code url} ({@code jdbc:postgresql://host[:port]/db?user=...&password=...}),
   * creating or migrating its tables.
   *
   * @throws StoreUnavailableException if the database cannot be reached within the timeouts
   */
  public static PostgresStore open(String url) {
    return open(url, Timeouts.defaults(), Clock.systemUTC());
  }

  public static PostgresStore open(String url, Timeouts timeouts, Clock clock) {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the shared store needs a jdbc:postgresql: URL, got " + redact(url));
    }
    return new PostgresStore(url, timeouts, clock);
  }

  /** The URL without its password, for messages. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  // ---------------------------------------------------------------- plumbing

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in one transaction on a pooled connection. */
  private <T> T tx(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T out = work.run(c);
        c.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException ignored) {
          // the connection is broken; the pool drops it
        }
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreUnavailableException("The shared store failed: " + e.getMessage(), e);
    }
  }

  private void migrate() {
    tx(c -> {
      try (Statement s = c.createStatement()) {
        // One node migrates at a time; the others wait here, then find the tables made.
        s.execute("SELECT pg_advisory_xact_lock(7236112408650137601)");
        s.execute("CREATE TABLE IF NOT EXISTS mcp_schema (version INT NOT NULL)");
        int version = 0;
        try (ResultSet r = s.executeQuery("SELECT MAX(version) FROM mcp_schema")) {
          if (r.next()) {
            version = r.getInt(1);
          }
        }
        if (version > SCHEMA_VERSION) {
          throw new SQLException("the database's schema (version " + version + ") is newer than this server's ("
              + SCHEMA_VERSION + "); upgrade the server");
        }
        if (version < 1) {
          s.execute("CREATE TABLE mcp_sessions (id VARCHAR(64) PRIMARY KEY, revision VARCHAR(16) NOT NULL, "
              + "client_capabilities TEXT, client_info TEXT, issuer TEXT, subject TEXT, "
              + "expires_at BIGINT NOT NULL, next_stream INT NOT NULL DEFAULT 1)");
          s.execute("CREATE INDEX mcp_sessions_expiry ON mcp_sessions (expires_at)");
          s.execute("CREATE TABLE mcp_streams (session_id VARCHAR(64) NOT NULL REFERENCES mcp_sessions(id) "
              + "ON DELETE CASCADE, stream INT NOT NULL, next_seq BIGINT NOT NULL DEFAULT 1, "
              + "finished BOOLEAN NOT NULL DEFAULT FALSE, PRIMARY KEY (session_id, stream))");
          s.execute("CREATE TABLE mcp_events (session_id VARCHAR(64) NOT NULL, stream INT NOT NULL, "
              + "seq BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (session_id, stream, seq), "
              + "FOREIGN KEY (session_id, stream) REFERENCES mcp_streams(session_id, stream) ON DELETE CASCADE)");
          s.execute("CREATE TABLE mcp_subscriptions (session_id VARCHAR(64) NOT NULL REFERENCES mcp_sessions(id) "
              + "ON DELETE CASCADE, uri TEXT NOT NULL, PRIMARY KEY (session_id, uri))");
          s.execute("CREATE INDEX mcp_subscriptions_uri ON mcp_subscriptions (uri)");
          s.execute("CREATE TABLE mcp_messages (id BIGSERIAL PRIMARY KEY, topic TEXT NOT NULL, payload BYTEA NOT NULL, "
              + "created_at BIGINT NOT NULL)");
          s.execute("CREATE TABLE mcp_keys (id BIGSERIAL PRIMARY KEY, secret BYTEA NOT NULL, created_at BIGINT NOT NULL, "
              + "accepted_until BIGINT)");
          s.execute("INSERT INTO mcp_schema (version) VALUES (1)");
        }
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM mcp_keys WHERE accepted_until IS NULL")) {
          r.next();
          if (r.getInt(1) == 0) {
            insertKey(c);
          }
        }
      }
      return null;
    });
  }

  private void insertKey(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO mcp_keys (secret, created_at) VALUES (?, ?)")) {
      p.setBytes(1, InMemoryStore.freshKey());
      p.setLong(2, clock.millis());
      p.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- sessions

  @Override
  public void createSession(SessionRecord r) {
    tx(c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO mcp_sessions (id, revision, client_capabilities, "
          + "client_info, issuer, subject, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        p.setString(1, r.id());
        p.setString(2, r.revision());
        p.setString(3, r.clientCapabilities());
        p.setString(4, r.clientInfo());
        p.setString(5, r.issuer());
        p.setString(6, r.subject());
        p.setLong(7, r.expiresAt().toEpochMilli());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO mcp_streams (session_id, stream) VALUES (?, 0)")) {
        p.setString(1, r.id());
        p.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Optional<SessionRecord> session(String id) {
    return tx(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT id, revision, client_capabilities, client_info, issuer, "
          + "subject, expires_at FROM mcp_sessions WHERE id = ? AND expires_at > ?")) {
        p.setString(1, id);
        p.setLong(2, clock.millis());
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          return Optional.of(new SessionRecord(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5), r.getString(6), Instant.ofEpochMilli(r.getLong(7))));
        }
      }
    });
  }

  @Override
  public boolean touchSession(String id, Instant expiresAt) {
    return tx(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE mcp_sessions SET expires_at = GREATEST(expires_at, ?) WHERE id = ? AND expires_at > ?")) {
        p.setLong(1, expiresAt.toEpochMilli());
        p.setString(2, id);
        p.setLong(3, clock.millis());
        return p.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean deleteSession(String id) {
    return tx(c -> {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM mcp_sessions WHERE id = ?")) {
        p.setString(1, id);
        return p.executeUpdate() == 1;
      }
    });
  }

  @Override
  public int deleteExpired(Instant now) {
    return tx(c -> {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM mcp_messages WHERE created_at < ?")) {
        p.setLong(1, now.minus(Duration.ofMinutes(5)).toEpochMilli());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("DELETE FROM mcp_keys WHERE accepted_until IS NOT NULL "
          + "AND accepted_until <= ?")) {
        p.setLong(1, now.toEpochMilli());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("DELETE FROM mcp_sessions WHERE expires_at <= ?")) {
        p.setLong(1, now.toEpochMilli());
        return p.executeUpdate();
      }
    });
  }

  // ---------------------------------------------------------------- streams and events

  @Override
  public int newStream(String sessionId) {
    return tx(c -> {
      int id;
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE mcp_sessions SET next_stream = next_stream + 1 WHERE id = ? RETURNING next_stream - 1")) {
        p.setString(1, sessionId);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            throw new IllegalArgumentException("no session " + sessionId);
          }
          id = r.getInt(1);
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO mcp_streams (session_id, stream) VALUES (?, ?)")) {
        p.setString(1, sessionId);
        p.setInt(2, id);
        p.executeUpdate();
      }
      return id;
    });
  }

  @Override
  public StreamState streamState(String sessionId, int stream) {
    return tx(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT st.finished FROM mcp_streams st JOIN mcp_sessions se "
          + "ON se.id = st.session_id WHERE st.session_id = ? AND st.stream = ? AND se.expires_at > ?")) {
        p.setString(1, sessionId);
        p.setInt(2, stream);
        p.setLong(3, clock.millis());
        try (ResultSet r = p.executeQuery()) {
          return !r.next() ? StreamState.UNKNOWN : r.getBoolean(1) ? StreamState.FINISHED : StreamState.OPEN;
        }
      }
    });
  }

  @Override
  public void finishStream(String sessionId, int stream) {
    tx(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE mcp_streams SET finished = TRUE WHERE session_id = ? AND stream = ?")) {
        p.setString(1, sessionId);
        p.setInt(2, stream);
        p.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Event append(String sessionId, int stream, byte[] data, int keep) {
    return tx(c -> {
      long seq;
      // The row lock on the stream orders appends: sequence numbers are committed in order.
      try (PreparedStatement p = c.prepareStatement("UPDATE mcp_streams SET next_seq = next_seq + 1 "
          + "WHERE session_id = ? AND stream = ? RETURNING next_seq - 1")) {
        p.setString(1, sessionId);
        p.setInt(2, stream);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return new Event(stream, 0, data);
          }
          seq = r.getLong(1);
        }
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO mcp_events (session_id, stream, seq, data) VALUES (?, ?, ?, ?)")) {
        p.setString(1, sessionId);
        p.setInt(2, stream);
        p.setLong(3, seq);
        p.setBytes(4, data);
        p.executeUpdate();
      }
      if (seq > keep && seq % 16 == 0) {
        prune(c, sessionId, stream, seq - Math.max(keep, 0));
      }
      return new Event(stream, seq, data);
    });
  }

  private static void prune(Connection c, String sessionId, int stream, long upTo) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "DELETE FROM mcp_events WHERE session_id = ? AND stream = ? AND seq <= ?")) {
      p.setString(1, sessionId);
      p.setInt(2, stream);
      p.setLong(3, upTo);
      p.executeUpdate();
    }
  }

  @Override
  public List<String> appendToAll(byte[] data, int keep) {
    return appendMany("SELECT id FROM mcp_sessions WHERE expires_at > ?", null, data, keep);
  }

  @Override
  public List<String> appendToSubscribers(String uri, byte[] data, int keep) {
    return appendMany("SELECT se.id FROM mcp_sessions se JOIN mcp_subscriptions su ON su.session_id = se.id "
        + "WHERE se.expires_at > ? AND su.uri = ?", uri, data, keep);
  }

  /** Appends to stream 0 of the sessions {@code select} finds, in one statement. */
  private List<String> appendMany(String select, String uri, byte[] data, int keep) {
    return tx(c -> {
      // Rows are locked in one order first, so that two of these, or one and an append, cannot deadlock.
      String sql = "WITH l AS (SELECT st.session_id FROM mcp_streams st WHERE st.stream = 0 AND st.session_id IN ("
          + select + ") ORDER BY st.session_id FOR UPDATE), "
          + "s AS (UPDATE mcp_streams st SET next_seq = st.next_seq + 1 FROM l WHERE st.stream = 0 "
          + "AND st.session_id = l.session_id RETURNING st.session_id, st.next_seq - 1 AS seq) "
          + "INSERT INTO mcp_events (session_id, stream, seq, data) SELECT session_id, 0, seq, ? FROM s RETURNING session_id, seq";
      List<String> ids = new ArrayList<>();
      List<long[]> prunes = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setLong(1, clock.millis());
        int i = 2;
        if (uri != null) {
          p.setString(i++, uri);
        }
        p.setBytes(i, data);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            ids.add(r.getString(1));
            long seq = r.getLong(2);
            if (seq > keep && seq % 16 == 0) {
              prunes.add(new long[] {ids.size() - 1, seq});
            }
          }
        }
      }
      for (long[] pr : prunes) {
        prune(c, ids.get((int) pr[0]), 0, pr[1] - Math.max(keep, 0));
      }
      return ids;
    });
  }

  @Override
  public List<Event> eventsAfter(String sessionId, int stream, long afterSeq) {
    return tx(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT seq, data FROM mcp_events "
          + "WHERE session_id = ? AND stream = ? AND seq > ? ORDER BY seq")) {
        p.setString(1, sessionId);
        p.setInt(2, stream);
        p.setLong(3, afterSeq);
        List<Event> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(new Event(stream, r.getLong(1), r.getBytes(2)));
          }
        }
        return out;
      }
    });
  }

  // ---------------------------------------------------------------- subscriptions

  @Override
  public void subscribe(String sessionId, String uri) {
    tx(c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO mcp_subscriptions (session_id, uri) "
          + "SELECT id, ? FROM mcp_sessions WHERE id = ? ON CONFLICT DO NOTHING")) {
        p.setString(1, uri);
        p.setString(2, sessionId);
        p.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void unsubscribe(String sessionId, String uri) {
    tx(c -> {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM mcp_subscriptions WHERE session_id = ? AND uri = ?")) {
        p.setString(1, sessionId);
        p.setString(2, uri);
        p.executeUpdate();
      }
      return null;
    });
  }

  // ---------------------------------------------------------------- fan-out

  @Override
  public void publish(String topic, byte[] payload) {
    if (topic.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a topic is one line");
    }
    String text = new String(payload, StandardCharsets.UTF_8);
    boolean inline = payload.length + topic.length() < MAX_INLINE_BYTES && text.indexOf('\0') < 0
        && Arrays.equals(text.getBytes(StandardCharsets.UTF_8), payload);
    tx(c -> {
      String message;
      if (inline) {
        message = "i" + topic + "\n" + text;
      } else {
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO mcp_messages (topic, payload, created_at) VALUES (?, ?, ?) RETURNING id")) {
          p.setString(1, topic);
          p.setBytes(2, payload);
          p.setLong(3, clock.millis());
          try (ResultSet r = p.executeQuery()) {
            r.next();
            message = "r" + topic + "\n" + r.getLong(1);
          }
        }
      }
      try (PreparedStatement p = c.prepareStatement("SELECT pg_notify(?, ?)")) {
        p.setString(1, CHANNEL);
        p.setString(2, message);
        p.executeQuery().close();
      }
      return null;
    });
  }

  @Override
  public void listen(Listener listener) {
    listeners.add(listener);
  }

  private void listenLoop() {
    boolean first = true;
    while (!closed) {
      try (Connection c = DriverManager.getConnection(url, listenProperties())) {
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        if (!first) {
          LOG.log(System.Logger.Level.INFO, "Shared store: listening again");
          listeners.forEach(l -> call(() -> l.resync()));
        }
        first = false;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] got = pg.getNotifications(1000);
          if (got == null) {
            // getNotifications does not notice a dead server on its own: ask it something.
            try (Statement s = c.createStatement()) {
              s.execute("SELECT 1");
            }
            continue;
          }
          for (PGNotification n : got) {
            dispatch(n.getParameter());
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (closed) {
          return;
        }
        first = false;
        LOG.log(System.Logger.Level.WARNING, "Shared store: lost the notification connection (" + e.getMessage()
            + "); reconnecting");
        try {
          Thread.sleep(1000);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  private Properties listenProperties() {
    Properties p = new Properties();
    p.putAll(driverProperties);
    p.remove("options"); // the listening connection waits for notifications: no statement timeout
    p.setProperty("socketTimeout", "0");
    return p;
  }

  private void dispatch(String message) {
    int nl = message.indexOf('\n');
    if (message.isEmpty() || nl < 0) {
      return;
    }
    String topic = message.substring(1, nl);
    String body = message.substring(nl + 1);
    byte[] payload;
    if (message.charAt(0) == 'i') {
      payload = body.getBytes(StandardCharsets.UTF_8);
    } else {
      try {
        payload = fetchMessage(Long.parseLong(body));
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "Shared store: could not read message " + body + " (" + e.getMessage() + ")");
        return;
      }
      if (payload == null) {
        return;
      }
    }
    if (topic.equals(KEYS_TOPIC)) {
      keyCache = null;
    }
    byte[] p = payload;
    for (Listener l : listeners) {
      call(() -> l.message(topic, p));
    }
  }

  private static void call(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Shared store: a listener failed", e);
    }
  }

  private byte[] fetchMessage(long id) {
    return tx(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT payload FROM mcp_messages WHERE id = ?")) {
        p.setLong(1, id);
        try (ResultSet r = p.executeQuery()) {
          return r.next() ? r.getBytes(1) : null;
        }
      }
    });
  }

  // ---------------------------------------------------------------- tasks and keys

  private static final String KEYS_TOPIC = "mcp.keys";

  @Override
  public TaskStore tasks() {
    return tasks;
  }

  @Override
  public List<byte[]> sealingKeys() {
    List<byte[]> cached = keyCache;
    if (cached != null && clock.millis() - keyCacheAt < KEY_CACHE_MS) {
      return cached;
    }
    List<byte[]> keys = tx(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT secret FROM mcp_keys WHERE accepted_until IS NULL "
          + "OR accepted_until > ? ORDER BY (accepted_until IS NULL) DESC, id DESC")) {
        p.setLong(1, clock.millis());
        List<byte[]> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(r.getBytes(1));
          }
        }
        return List.copyOf(out);
      }
    });
    keyCache = keys;
    keyCacheAt = clock.millis();
    return keys;
  }

  @Override
  public void rotateSealingKey(Duration overlap) {
    tx(c -> {
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE mcp_keys SET accepted_until = ? WHERE accepted_until IS NULL")) {
        p.setLong(1, clock.millis() + overlap.toMillis());
        p.executeUpdate();
      }
      insertKey(c);
      return null;
    });
    keyCache = null;
    publish(KEYS_TOPIC, new byte[0]);
  }

  // ---------------------------------------------------------------- health

  @Override
  public boolean reachable() {
    try (Connection c = pool.getConnection()) {
      return c.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    closed = true;
    listenThread.interrupt();
    tasks.close();
    pool.close();
  }
}
