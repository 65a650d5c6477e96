package dev.mcpapt.bench.sdk;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The benchmark's {@code echo} tool ({@code {"text": string}} → one text content) on the official
 * MCP Java SDK, written the way its documentation shows: a sync server, a tool specification with a
 * JSON Schema, the stdio transport provider, or the Streamable HTTP servlet on embedded Jetty.
 *
 * <pre>
 * java -jar bench-echo-sdk.jar --stdio
 * java -jar bench-echo-sdk.jar --http 8080      (serves http://127.0.0.1:8080/mcp)
 * </pre>
 */
public final class SdkEchoServer {
  private static final String INPUT_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\",\"description\":\"The text to send back\"}},"
          + "\"required\":[\"text\"]}";

  private SdkEchoServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("--stdio")) {
      serveStdio();
    } else if (args.length >= 2 && args[0].equals("--http")) {
      serveHttp(Integer.parseInt(args[1]));
    } else {
      System.err.println("usage: SdkEchoServer --stdio | --http PORT");
      System.exit(2);
    }
  }

  private static SyncToolSpecification echoTool(McpJsonMapper mapper) {
    McpSchema.Tool tool =
        McpSchema.Tool.builder()
            .name("echo")
            .description("Sends the text back.")
            .inputSchema(mapper, INPUT_SCHEMA)
            .build();
    return SyncToolSpecification.builder()
        .tool(tool)
        .callHandler(
            (exchange, request) ->
                CallToolResult.builder()
                    .addTextContent(String.valueOf(request.arguments().get("text")))
                    .isError(false)
                    .build())
        .build();
  }

  private static McpSchema.ServerCapabilities capabilities() {
    return McpSchema.ServerCapabilities.builder().tools(false).build();
  }

  private static void serveStdio() throws InterruptedException {
    McpJsonMapper mapper = McpJsonDefaults.getMapper();
    McpSyncServer server =
        McpServer.sync(new StdioServerTransportProvider(mapper))
            .serverInfo("echo-sdk", "1.0.0")
            .capabilities(capabilities())
            .tools(echoTool(mapper))
            .build();
    // The transport reads stdin on its own threads; the process lives until the client ends it.
    new CountDownLatch(1).await();
    server.close();
  }

  private static void serveHttp(int port) throws Exception {
    McpJsonMapper mapper = McpJsonDefaults.getMapper();
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder().jsonMapper(mapper).mcpEndpoint("/mcp").build();
    McpSyncServer mcp =
        McpServer.sync(transport)
            .serverInfo("echo-sdk", "1.0.0")
            .capabilities(capabilities())
            .tools(echoTool(mapper))
            .build();

    Server jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder holder = new ServletHolder(transport);
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    jetty.setHandler(context);
    jetty.setStopAtShutdown(true);
    jetty.start();
    jetty.join();
    mcp.close();
  }
}
