package dev.mcpapt.deployment;

import dev.mcpapt.runtime.testing.HttpMainProcess;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One server node: {@code Main --http 0} over this module's classes in its own JVM, named by {@code MCPAPT_NODE}. */
final class Node implements AutoCloseable {
  final String name;
  final Process process;
  final int port;

  private Node(String name, Process process, int port) {
    this.name = name;
    this.process = process;
    this.port = port;
  }

  static Node start(String name, String... args) throws Exception {
    HttpMainProcess p = HttpMainProcess.start(Map.of("MCPAPT_NODE", name), List.of(args));
    return new Node(name, p.process, URI.create(p.mcpUrl).getPort());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }
}
