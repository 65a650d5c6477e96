package dev.mcpapt.blackbox;

import dev.mcpapt.runtime.testing.ServerProcess;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How the tests launch the server: {@code Main --stdio} over this module's classes, as a user would. */
final class Launch {
  private Launch() {}

  /** The application class path: the test class path without test classes and test jars. */
  static String appClassPath() {
    List<String> keep = new ArrayList<>();
    for (String e : ServerProcess.testClassPath().split(File.pathSeparator)) {
      if (!e.endsWith("test-classes") && !e.endsWith("-tests.jar") && !e.contains("surefire")) {
        keep.add(e);
      }
    }
    return String.join(File.pathSeparator, keep);
  }

  /** A shell command that runs the server and records both directions of the wire. */
  static List<String> recordedCommand(Path clientLog, Path serverLog) {
    String java = ServerProcess.javaBinary();
    String script = "tee " + quote(clientLog.toString()) + " | " + quote(java)
        + " -XX:TieredStopAtLevel=1 -cp " + quote(appClassPath())
        + " dev.mcpapt.runtime.Main --stdio | tee " + quote(serverLog.toString());
    return List.of("sh", "-c", script);
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
