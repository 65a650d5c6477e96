package dev.mcpapt.sample.taskmanager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second program writing to the same database: adds tasks and completes every other one,
 * printing each id once its change is committed. Started by the tests in its own JVM.
 */
public final class StoreWriterProcess {
  private StoreWriterProcess() {}

  public static void main(String[] args) {
    TaskStore store = TaskStore.open(args[0]);
    String name = args[1];
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      Task task = store.add(TaskStore.LOCAL_OWNER, name + "-" + i);
      if (i % 2 == 1) {
        store.setDone(TaskStore.LOCAL_OWNER, task.id(), true);
      }
      System.out.println(task.id());
      System.out.flush();
    }
  }

  static Process start(Path database, String name, int count) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), StoreWriterProcess.class.getName(),
            database.toString(), name, Integer.toString(count))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /** Every id the process printed, until it exits. */
  static List<Long> acknowledgedIds(Process process) throws IOException {
    return readIds(process, Integer.MAX_VALUE);
  }

  /** The first {@code limit} ids the process printed (fewer if it exits first). */
  static List<Long> readIds(Process process, int limit) throws IOException {
    List<Long> ids = new ArrayList<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while (ids.size() < limit && (line = lines.readLine()) != null) {
      ids.add(Long.parseLong(line.trim()));
    }
    return ids;
  }
}
