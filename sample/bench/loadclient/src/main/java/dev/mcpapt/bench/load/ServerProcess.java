package dev.mcpapt.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test, started from a shell command line with {@code exec}, so that the process
 * the client measures (its pid, its peak RSS) is the server itself and not a shell.
 */
final class ServerProcess implements AutoCloseable {
  final Process process;
  final long startNanos;
  private final boolean stdio;

  private ServerProcess(Process process, long startNanos, boolean stdio) {
    this.process = process;
    this.startNanos = startNanos;
    this.stdio = stdio;
  }

  /**
   * Starts {@code command}; its stderr (and for HTTP servers its stdout) is appended to {@code log}.
   */
  static ServerProcess start(String command, boolean pipeStdout, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", "-c", "exec " + command));
    builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    if (!pipeStdout) {
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    }
    long start = System.nanoTime();
    return new ServerProcess(builder.start(), start, pipeStdout);
  }

  long pid() {
    return process.pid();
  }

  /**
   * The process's peak resident set size so far, in bytes ({@code VmHWM} in {@code /proc/PID/status}),
   * or -1 where {@code /proc} is not there. Once the process is gone, the last value read.
   */
  long peakRssBytes() {
    long rss = readPeakRss();
    if (rss > 0) {
      lastPeakRss = rss;
    }
    return lastPeakRss;
  }

  private volatile long lastPeakRss = -1;

  private long readPeakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).trim().split("\\s+")[0];
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone, or not Linux
    }
    return -1;
  }

  /** Asks the server to stop (stdin closed for stdio servers, then SIGTERM), then kills it. */
  @Override
  public void close() {
    peakRssBytes();
    try {
      if (process.isAlive()) {
        if (stdio) {
          try {
            process.getOutputStream().close();
          } catch (IOException e) {
            // already closed
          }
        }
        if (!stdio || !process.waitFor(1, TimeUnit.SECONDS)) {
          process.destroy();
          if (!process.waitFor(3, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(3, TimeUnit.SECONDS);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
