package dev.mcpapt.sample.taskmanager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The tasks, kept in a relational database through JDBC: an SQLite file by default, or any
 * database with standard SQL (PostgreSQL is tested) given by a JDBC URL.
 *
 * <p>Every change runs in its own transaction and is committed before the method returns, so a
 * change a caller was told about survives a restart, a crash or {@code kill -9}. Several processes
 * may share one SQLite file: it runs in WAL mode, write transactions take the write lock up front
 * ({@code BEGIN IMMEDIATE}) and wait up to {@link #BUSY_TIMEOUT_MILLIS} for each other instead of
 * failing. The SQL is portable (including {@code RETURNING}, which SQLite and PostgreSQL share);
 * only the table definition differs by database.
 *
 * <p>Each operation borrows a fresh connection and closes it. For SQLite that costs a few
 * microseconds; a deployment on a server database with heavy traffic would put a pool in front
 * (pass a {@link ConnectionFactory} backed by it).
 *
 * <p>Thread-safe.
 */
public final class TaskStore {
  /** The longest title accepted, in characters. */
  public static final int MAX_TITLE_LENGTH = 500;

  /** How long an SQLite writer waits for another one to finish before giving up. */
  public static final int BUSY_TIMEOUT_MILLIS = 10_000;

  private static final String COLUMNS = "id, title, done, created_at, completed_at";

  /** Opens connections to the database. */
  @FunctionalInterface
  public interface ConnectionFactory {
    Connection open() throws SQLException;
  }

  private final ConnectionFactory connections;
  private final String description;
  private final Clock clock;

  private TaskStore(ConnectionFactory connections, String description, Clock clock) {
    this.connections = connections;
    this.description = description;
    this.clock = clock;
  }

  /**
   * Opens the store at {@code location}, creating the database file and the table if needed.
   *
   * @param location a JDBC URL ({@code jdbc:sqlite:/path/tasks.db}, {@code
   *     jdbc:postgresql://host/db?user=…}) or the path of an SQLite file
   */
  public static TaskStore open(String location) {
    return open(location, Clock.systemUTC());
  }

  static TaskStore open(String location, Clock clock) {
    Objects.requireNonNull(location, "location");
    String url;
    if (location.startsWith("jdbc:")) {
      url = location;
    } else {
      Path file = Path.of(location).toAbsolutePath();
      createParentDirectories(file);
      url = "jdbc:sqlite:" + file;
    }
    Properties properties = new Properties();
    if (url.startsWith("jdbc:sqlite:")) {
      // Keys understood by the SQLite driver (org.sqlite.SQLiteConfig); applied on every connection.
      properties.setProperty("journal_mode", "WAL");
      properties.setProperty("synchronous", "FULL");
      properties.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
      properties.setProperty("transaction_mode", "IMMEDIATE");
      properties.setProperty("foreign_keys", "true");
    }
    TaskStore store = new TaskStore(() -> DriverManager.getConnection(url, properties), redact(url), clock);
    store.createSchema();
    return store;
  }

  /** A store over connections from {@code connections} (a pool, for example); creates the table if needed. */
  public static TaskStore open(ConnectionFactory connections, String description) {
    TaskStore store = new TaskStore(connections, description, Clock.systemUTC());
    store.createSchema();
    return store;
  }

  /**
   * The default database file: {@code $XDG_DATA_HOME/mcp-apt-taskmanager/tasks.db}, or {@code
   * ~/.local/share/mcp-apt-taskmanager/tasks.db} when {@code XDG_DATA_HOME} is unset.
   */
  public static Path defaultDatabaseFile(Map<String, String> environment, String userHome) {
    String dataHome = environment.get("XDG_DATA_HOME");
    Path base =
        dataHome != null && !dataHome.isBlank() && Path.of(dataHome).isAbsolute()
            ? Path.of(dataHome)
            : Path.of(userHome, ".local", "share");
    return base.resolve("mcp-apt-taskmanager").resolve("tasks.db");
  }

  /** Where the data lives, for messages (a JDBC URL without its query string, which may hold a password). */
  public String description() {
    return description;
  }

  /** Every task, oldest first. */
  public List<Task> list() {
    return inTransaction(connection -> {
      try (PreparedStatement select =
              connection.prepareStatement("SELECT " + COLUMNS + " FROM tasks ORDER BY id");
          ResultSet rows = select.executeQuery()) {
        List<Task> tasks = new ArrayList<>();
        while (rows.next()) {
          tasks.add(task(rows));
        }
        return tasks;
      }
    });
  }

  /** Adds an open task. */
  public Task add(String title) {
    String checked = checkTitle(title);
    long now = clock.millis();
    return inTransaction(connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO tasks (title, done, created_at) VALUES (?, ?, ?) RETURNING " + COLUMNS)) {
        insert.setString(1, checked);
        insert.setBoolean(2, false);
        insert.setLong(3, now);
        return single(insert, 0);
      }
    });
  }

  /**
   * Marks a task completed ({@code done}) or open again. Doing it twice changes nothing more.
   *
   * @throws TaskNotFoundException if there is no such task
   */
  public Task setDone(long id, boolean done) {
    long now = clock.millis();
    return inTransaction(connection -> {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE tasks SET done = ?, completed_at = CASE WHEN ? THEN COALESCE(completed_at, ?) END"
                  + " WHERE id = ? RETURNING " + COLUMNS)) {
        update.setBoolean(1, done);
        update.setBoolean(2, done);
        update.setLong(3, now);
        update.setLong(4, id);
        return single(update, id);
      }
    });
  }

  /**
   * Gives a task a new title.
   *
   * @throws TaskNotFoundException if there is no such task
   */
  public Task rename(long id, String title) {
    String checked = checkTitle(title);
    return inTransaction(connection -> {
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE tasks SET title = ? WHERE id = ? RETURNING " + COLUMNS)) {
        update.setString(1, checked);
        update.setLong(2, id);
        return single(update, id);
      }
    });
  }

  /**
   * Deletes a task and returns it as it was.
   *
   * @throws TaskNotFoundException if there is no such task
   */
  public Task delete(long id) {
    return inTransaction(connection -> {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM tasks WHERE id = ? RETURNING " + COLUMNS)) {
        delete.setLong(1, id);
        return single(delete, id);
      }
    });
  }

  /** Deletes every completed task; returns how many were deleted. */
  public int clearCompleted() {
    return inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tasks WHERE done = ?")) {
        delete.setBoolean(1, true);
        return delete.executeUpdate();
      }
    });
  }

  /**
   * The title as stored: surrounding white space removed; line breaks and tabs become spaces.
   *
   * @throws IllegalArgumentException if the title is missing, blank or longer than {@link #MAX_TITLE_LENGTH}
   */
  public static String checkTitle(String title) {
    if (title == null) {
      throw new IllegalArgumentException("title: must not be missing");
    }
    String cleaned = title.replaceAll("[\\r\\n\\t]+", " ").strip();
    if (cleaned.isEmpty()) {
      throw new IllegalArgumentException("title: must not be blank");
    }
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException("title: must be at most " + MAX_TITLE_LENGTH + " characters");
    }
    return cleaned;
  }

  private void createSchema() {
    inTransaction(connection -> {
      boolean sqlite = "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
      // SQLite's AUTOINCREMENT, like an identity column elsewhere, never hands out an id twice.
      String id = sqlite ? "id INTEGER PRIMARY KEY AUTOINCREMENT" : "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS tasks ("
                + id
                + ", title VARCHAR(2000) NOT NULL"
                + ", done BOOLEAN NOT NULL DEFAULT FALSE"
                + ", created_at BIGINT NOT NULL"
                + ", completed_at BIGINT)");
      }
      return null;
    });
  }

  private static Task single(PreparedStatement statement, long id) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new TaskNotFoundException(id);
      }
      return task(rows);
    }
  }

  private static Task task(ResultSet row) throws SQLException {
    long completedAt = row.getLong(5);
    Instant completed = row.wasNull() ? null : Instant.ofEpochMilli(completedAt);
    return new Task(row.getLong(1), row.getString(2), row.getBoolean(3), Instant.ofEpochMilli(row.getLong(4)), completed);
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
  private <T> T inTransaction(Work<T> work) {
    try (Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new TaskStoreException(explain(e), e);
    }
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  private String explain(SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
      return "The task database " + description + " is busy (another program holds it); try again";
    }
    return "The task database " + description + " failed: " + message;
  }

  private static void createParentDirectories(Path file) {
    Path parent = file.getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new TaskStoreException("Cannot create the directory " + parent + " for the task database: " + e, e);
    }
  }

  private static String redact(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
