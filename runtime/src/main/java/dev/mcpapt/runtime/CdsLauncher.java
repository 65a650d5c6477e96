package dev.mcpapt.runtime;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code --cds[=FILE]} of {@link Main}: runs the server in a JVM started with an automatic class-data archive
 * (JDK 19+ {@code -XX:+AutoCreateSharedArchive}). The first start writes the archive when the
 * server exits; later starts map the classes from it instead of loading and verifying them, and the
 * JVM rebuilds it by itself when the JDK or the class path changed. A {@code java -jar} cannot
 * give itself JVM options, so the launcher starts a second JVM with the same command line plus the
 * archive options, hands it its standard streams, and exits with its status.
 */
final class CdsLauncher {
  /** Set in the JVM started with the archive, so it does not start another. */
  static final String CHILD_PROPERTY = "mcpapt.cds.child";

  private CdsLauncher() {}

  /** The index of {@code --cds} or {@code --cds=FILE} in {@code args}, or -1. */
  static int flagIndex(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--cds") || args[i].startsWith("--cds=")) {
        return i;
      }
    }
    return -1;
  }

  /** {@code args} without the {@code --cds} option. */
  static String[] withoutFlag(String[] args) {
    int at = flagIndex(args);
    if (at < 0) {
      return args;
    }
    List<String> out = new ArrayList<>(Arrays.asList(args));
    out.remove(at);
    return out.toArray(new String[0]);
  }

  /**
   * Runs the server in a JVM with the archive and returns its exit status, or empty when the
   * server should run in this JVM instead (not asked for, already the archived JVM, a JDK before
   * 19, or a command line that cannot be read back).
   */
  static Optional<Integer> relaunch(String[] args, PrintStream err) throws InterruptedException {
    int at = flagIndex(args);
    if (at < 0 || Boolean.getBoolean(CHILD_PROPERTY)) {
      return Optional.empty();
    }
    if (Runtime.version().feature() < 19) {
      err.println("mcp-apt: --cds needs Java 19 or later (this is " + Runtime.version().feature()
          + "); starting without a class-data archive");
      return Optional.empty();
    }
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> jvmOptions;
    try {
      jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    } catch (RuntimeException | LinkageError e) {
      err.println("mcp-apt: --cds cannot read this JVM's options; starting without a class-data archive");
      return Optional.empty();
    }
    // The same JVM options, class path (a -jar's is the jar, whose manifest Class-Path still applies) and program.
    List<String> launch = new ArrayList<>(jvmOptions);
    launch.add("-cp");
    launch.add(System.getProperty("java.class.path"));
    launch.add(Main.class.getName());
    Path archive = archive(args[at]);
    List<String> command = new ArrayList<>();
    command.add(javaCommand);
    command.add("-XX:+AutoCreateSharedArchive");
    command.add("-XX:SharedArchiveFile=" + archive);
    // JVM messages about the archive must never reach stdout, which is the stdio protocol stream.
    command.add("-Xlog:disable");
    command.add("-Xlog:all=warning,cds*=error:stderr"); // not the classes the dump skips, a warning each
    command.add("-D" + CHILD_PROPERTY + "=true");
    command.addAll(launch);
    command.addAll(Arrays.asList(withoutFlag(args)));
    Process child;
    try {
      Files.createDirectories(archive.toAbsolutePath().getParent());
      child = new ProcessBuilder(command).inheritIO().start();
    } catch (java.io.IOException | RuntimeException e) {
      err.println("mcp-apt: --cds cannot start the archived JVM (" + e.getMessage()
          + "); starting without a class-data archive");
      return Optional.empty();
    }
    Thread stop = new Thread(child::destroy, "mcp-cds-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    int status = child.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException e) {
      // already shutting down
    }
    return Optional.of(status);
  }

  /** {@code --cds=FILE}, or a file per JDK and class path under the temporary directory. */
  static Path archive(String flag) {
    if (flag.startsWith("--cds=") && flag.length() > "--cds=".length()) {
      return Path.of(flag.substring("--cds=".length()));
    }
    String key = System.getProperty("java.home") + '\n' + System.getProperty("java.vm.version") + '\n'
        + System.getProperty("java.class.path");
    byte[] digest;
    try {
      digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "mcp-apt-cds",
        HexFormat.of().formatHex(digest, 0, 12) + ".jsa");
  }
}
