package dev.mcpapt.sample.taskmanager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
 * <p>Every task belongs to an owner (a string the caller chooses, such as {@link #LOCAL_OWNER}
 * or the signed-in user), and every operation is scoped to one: an owner never sees, changes or
 * deletes another owner's task, and another owner's id answers exactly like a missing one. Ids
 * are shared by all owners and never reused.
 *
 * <p>Thread-safe.
 */
public final class TaskStore {
  /** The longest title accepted, in characters. */
  public static final int MAX_TITLE_LENGTH = 500;

  /** How long an SQLite writer waits for another one to finish before giving up. */
  public static final int BUSY_TIMEOUT_MILLIS = 10_000;

  /** The longest owner accepted, in characters. */
  public static final int MAX_OWNER_LENGTH = 2000;

  /**
   * The owner of the single list served without sign-in, and of every task stored before tasks
   * had owners.
   */
  public static final String LOCAL_OWNER = "local";

  private static final String COLUMNS = "id, title, done, created_at, completed_at";

  /** The owner column, the same in a new table and in one migrated from before owners. */
  private static final String OWNER_COLUMN = "owner VARCHAR(" + MAX_OWNER_LENGTH + ") NOT NULL DEFAULT '" + LOCAL_OWNER + "'";

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
   * Opens the store at {@code location}, creating the database file and the table if needed and
   * bringing a table from before owners up to date (its tasks go to {@link #LOCAL_OWNER}).
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

  /**
   * A store over connections from {@code connections} (a pool, for example); creates or updates
   * the table as {@link #open(String)} does.
   */
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

  /** Every task of {@code owner}, oldest first. */
  public List<Task> list(String owner) {
    String checkedOwner = checkOwner(owner);
    return inTransaction(connection -> {
      try (PreparedStatement select =
          connection.prepareStatement("SELECT " + COLUMNS + " FROM tasks WHERE owner = ? ORDER BY id")) {
        select.setString(1, checkedOwner);
        try (ResultSet rows = select.executeQuery()) {
          List<Task> tasks = new ArrayList<>();
          while (rows.next()) {
            tasks.add(task(rows));
          }
          return tasks;
        }
      }
    });
  }

  /** Adds an open task to the list of {@code owner}. */
  public Task add(String owner, String title) {
    String checkedOwner = checkOwner(owner);
    String checked = checkTitle(title);
    long now = clock.millis();
    return inTransaction(connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO tasks (owner, title, done, created_at) VALUES (?, ?, ?, ?) RETURNING " + COLUMNS)) {
        insert.setString(1, checkedOwner);
        insert.setString(2, checked);
        insert.setBoolean(3, false);
        insert.setLong(4, now);
        return single(insert, 0);
      }
    });
  }

  /**
   * Marks a task of {@code owner} completed ({@code done}) or open again. Doing it twice changes
   * nothing more.
   *
   * @throws TaskNotFoundException if {@code owner} has no such task
   */
  public Task setDone(String owner, long id, boolean done) {
    String checkedOwner = checkOwner(owner);
    long now = clock.millis();
    return inTransaction(connection -> {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE tasks SET done = ?, completed_at = CASE WHEN ? THEN COALESCE(completed_at, ?) END"
                  + " WHERE id = ? AND owner = ? RETURNING " + COLUMNS)) {
        update.setBoolean(1, done);
        update.setBoolean(2, done);
        update.setLong(3, now);
        update.setLong(4, id);
        update.setString(5, checkedOwner);
        return single(update, id);
      }
    });
  }

  /**
   * Gives a task of {@code owner} a new title.
   *
   * @throws TaskNotFoundException if {@code owner} has no such task
   */
  public Task rename(String owner, long id, String title) {
    String checkedOwner = checkOwner(owner);
    String checked = checkTitle(title);
    return inTransaction(connection -> {
      try (PreparedStatement update =
          connection.prepareStatement("UPDATE tasks SET title = ? WHERE id = ? AND owner = ? RETURNING " + COLUMNS)) {
        update.setString(1, checked);
        update.setLong(2, id);
        update.setString(3, checkedOwner);
        return single(update, id);
      }
    });
  }

  /**
   * Deletes a task of {@code owner} and returns it as it was.
   *
   * @throws TaskNotFoundException if {@code owner} has no such task
   */
  public Task delete(String owner, long id) {
    String checkedOwner = checkOwner(owner);
    return inTransaction(connection -> {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM tasks WHERE id = ? AND owner = ? RETURNING " + COLUMNS)) {
        delete.setLong(1, id);
        delete.setString(2, checkedOwner);
        return single(delete, id);
      }
    });
  }

  /** Deletes every completed task of {@code owner}; returns how many were deleted. */
  public int clearCompleted(String owner) {
    String checkedOwner = checkOwner(owner);
    return inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tasks WHERE done = ? AND owner = ?")) {
        delete.setBoolean(1, true);
        delete.setString(2, checkedOwner);
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

  /**
   * The owner as stored.
   *
   * @throws IllegalArgumentException if the owner is missing, blank or longer than {@link #MAX_OWNER_LENGTH}
   */
  static String checkOwner(String owner) {
    if (owner == null || owner.isBlank()) {
      throw new IllegalArgumentException("owner: must not be missing or blank");
    }
    if (owner.length() > MAX_OWNER_LENGTH) {
      throw new IllegalArgumentException("owner: must be at most " + MAX_OWNER_LENGTH + " characters");
    }
    return owner;
  }

  /**
   * Creates the table, or brings an older one up to date: a table from before owners gains the
   * owner column, its tasks going to {@link #LOCAL_OWNER}. One transaction, so a migration is
   * done whole or not at all; safe to run on every start, and by several processes at once.
   */
  private void createSchema() {
    try {
      inTransaction(TaskStore::updateSchema);
    } catch (TaskStoreException raced) {
      // Two processes setting up one PostgreSQL database at once: the loser's IF NOT EXISTS or
      // column check ran before the winner committed, and the conflict is reported only after
      // that commit. Run again, the update finds everything done.
      try {
        inTransaction(TaskStore::updateSchema);
      } catch (TaskStoreException failed) {
        failed.addSuppressed(raced);
        throw failed;
      }
    }
  }

  private static Void updateSchema(Connection connection) throws SQLException {
    boolean sqlite = "SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    // SQLite's AUTOINCREMENT, like an identity column elsewhere, never hands out an id twice.
    String id = sqlite ? "id INTEGER PRIMARY KEY AUTOINCREMENT" : "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS tasks ("
              + id
              + ", " + OWNER_COLUMN
              + ", title VARCHAR(2000) NOT NULL"
              + ", done BOOLEAN NOT NULL DEFAULT FALSE"
              + ", created_at BIGINT NOT NULL"
              + ", completed_at BIGINT)");
      if (!hasOwnerColumn(connection)) {
        // The default fills every existing row with the local owner, in SQLite and PostgreSQL alike.
        statement.execute("ALTER TABLE tasks ADD COLUMN " + OWNER_COLUMN);
      }
      statement.execute("CREATE INDEX IF NOT EXISTS tasks_owner ON tasks (owner, id)");
    }
    return null;
  }

  /** Whether the table the queries reach (whatever the schema search path) has the owner column. */
  private static boolean hasOwnerColumn(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet none = statement.executeQuery("SELECT * FROM tasks WHERE 1 = 0")) {
      ResultSetMetaData columns = none.getMetaData();
      for (int i = 1; i <= columns.getColumnCount(); i++) {
        if (columns.getColumnName(i).equalsIgnoreCase("owner")) {
          return true;
        }
      }
      return false;
    }
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
