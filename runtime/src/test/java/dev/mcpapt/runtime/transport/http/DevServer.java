package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.McpServer;

/** Runs the test tools over HTTP by hand: {@code DevServer [port]}. */
final class DevServer {
  private DevServer() {}

  public static void main(String[] args) throws Exception {
    McpServer server = McpServer.builder().name("http-test").version("1.0.0").component(new HttpTestTools()).build();
    HttpOptions options = HttpOptions.builder().port(args.length > 0 ? Integer.parseInt(args[0]) : 8001).build();
    try (McpHttpServer http = McpHttpServer.start(server, options)) {
      System.err.println("listening on " + http.uri());
      http.awaitStop();
    }
  }
}
