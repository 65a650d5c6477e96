package dev.mcpapt.runtime;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every annotated class on the class path as an MCP server, with no hand-written main:
 *
 * <pre>
 * java -cp app.jar:mcp-apt-runtime.jar:... dev.mcpapt.runtime.Main --stdio
 * </pre>
 *
 * <p>A jar whose manifest names this class as {@code Main-Class} runs with {@code java -jar}.
 * Without a transport option it serves stdio.
 */
public final class Main {
  private Main() {}

  /** The parsed command line. Transport options are added here and in {@link #USAGE}. */
  static final class Options {
    boolean help;
    boolean stdio;
    String name;
    String version;
    final List<String> errors = new ArrayList<>();
  }

  static final String USAGE = String.join("\n",
      "Usage: java -cp <class path> dev.mcpapt.runtime.Main [options]",
      "",
      "Serves every class with generated MCP handlers (@Tool, ...) found on the class path.",
      "",
      "Transports:",
      "  --stdio              newline-delimited JSON-RPC on stdin/stdout (the default)",
      "",
      "Server:",
      "  --name <name>        server name in serverInfo (default: the jar manifest's Implementation-Title)",
      "  --server-version <v> server version in serverInfo (default: the jar manifest's Implementation-Version)",
      "",
      "Other:",
      "  -h, --help           print this help and exit",
      "",
      "Logs go to stderr (java.util.logging via System.Logger).");

  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h":
        case "--help":
          o.help = true;
          break;
        case "--stdio":
          o.stdio = true;
          break;
        case "--name":
          o.name = value(args, ++i, a, o);
          break;
        case "--server-version":
          o.version = value(args, ++i, a, o);
          break;
        default:
          o.errors.add("Unknown option: " + a);
      }
    }
    return o;
  }

  private static String value(String[] args, int i, String option, Options o) {
    if (i >= args.length || args[i].startsWith("--")) {
      o.errors.add("Option " + option + " needs a value");
      return null;
    }
    return args[i];
  }

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Options o = parse(args);
    if (o.help) {
      out.println(USAGE);
      return 0;
    }
    if (!o.errors.isEmpty()) {
      o.errors.forEach(err::println);
      err.println();
      err.println(USAGE);
      return 2;
    }
    McpServer.Builder builder = McpServer.builder().discover();
    if (o.name != null) {
      builder.name(o.name);
    }
    if (o.version != null) {
      builder.version(o.version);
    }
    McpServer server = builder.build();
    if (server.engine().tools().handlers().isEmpty()) {
      err.println("mcp-apt: no tools found on the class path (no generated McpComponentFactory); serving an empty server");
    }
    server.serveStdio();
    return 0;
  }
}
