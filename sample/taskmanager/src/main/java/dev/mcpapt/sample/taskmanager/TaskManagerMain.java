package dev.mcpapt.sample.taskmanager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Starts the TaskManager: {@code java -jar mcp-apt-taskmanager.jar [--db PATH|JDBC-URL]
 * [options of dev.mcpapt.runtime.Main]}.
 *
 * <p>Adds two things to the runtime's launcher: {@code --db}, and a default transport. Without
 * {@code --stdio} or {@code --http}, it serves HTTP on 127.0.0.1:8001 (Streamable HTTP at {@code
 * /mcp}, HTTP+SSE at {@code /sse}).
 */
public final class TaskManagerMain {
  /** The system property {@code --db} sets, read by {@link TaskTools#TaskTools()}. */
  public static final String DB_PROPERTY = "taskmanager.db";

  /** The environment variable read when {@code --db} is not given. */
  public static final String DB_ENVIRONMENT = "TASKMANAGER_DB";

  /** The server's name in {@code serverInfo}. */
  public static final String SERVER_NAME = "mcp-apt-taskmanager";

  /** The port served when no transport is chosen, as in the lesson this sample grew from. */
  public static final int DEFAULT_PORT = 8001;

  private TaskManagerMain() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    int db = rest.indexOf("--db");
    if (db >= 0) {
      if (db + 1 >= rest.size() || rest.get(db + 1).startsWith("--")) {
        System.err.println("Option --db needs a value: a file path or a JDBC URL");
        System.exit(2);
        return;
      }
      System.setProperty(DB_PROPERTY, rest.get(db + 1));
      rest.subList(db, db + 2).clear();
    }
    if (rest.contains("-h") || rest.contains("--help")) {
      System.out.println(String.join("\n",
          "mcp-apt TaskManager: a task list for ChatGPT and MCP Apps hosts.",
          "",
          "  --db <path|jdbc-url>  where tasks are kept: an SQLite file, or a JDBC URL such as",
          "                        jdbc:postgresql://host/db?user=u&password=p",
          "                        (default: $" + DB_ENVIRONMENT + ", else $XDG_DATA_HOME/mcp-apt-taskmanager/tasks.db,",
          "                        else ~/.local/share/mcp-apt-taskmanager/tasks.db)",
          "  Without --stdio or --http, serves HTTP on 127.0.0.1:" + DEFAULT_PORT + ".",
          "  With --oauth-issuer, each signed-in user has a list of their own (scopes tasks.read",
          "  and tasks.write); without it, one list for everyone who can reach the server.",
          ""));
    } else {
      if (!rest.contains("--stdio") && !rest.contains("--http")) {
        rest.add(0, "--http");
        rest.add(1, Integer.toString(DEFAULT_PORT));
      }
      if (!rest.contains("--name")) {
        // The jar's manifest says the same; this also names the server when run from a class path.
        rest.add("--name");
        rest.add(SERVER_NAME);
      }
    }
    dev.mcpapt.runtime.Main.main(rest.toArray(new String[0]));
  }

  /**
   * Where the tasks live: the {@value #DB_PROPERTY} system property ({@code --db}), else the
   * {@value #DB_ENVIRONMENT} environment variable, else the user's data directory.
   */
  static String databaseLocation(Properties properties, Map<String, String> environment) {
    String chosen = properties.getProperty(DB_PROPERTY);
    if (chosen == null || chosen.isBlank()) {
      chosen = environment.get(DB_ENVIRONMENT);
    }
    if (chosen != null && !chosen.isBlank()) {
      return chosen;
    }
    return TaskStore.defaultDatabaseFile(environment, System.getProperty("user.home")).toString();
  }
}
