package dev.mcpapt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Newline-delimited JSON-RPC over a pair of streams: a server in this process, or a child process. */
final class StdioConnection implements Connection {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EOF = "\u0000eof";

  private final OutputStream toServer;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Runnable onClose;
  private final StringBuilder notJson = new StringBuilder();

  StdioConnection(InputStream fromServer, OutputStream toServer, Runnable onClose) {
    this.toServer = toServer;
    this.onClose = onClose;
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the server closed its side
      }
      lines.add(EOF);
    }, "mcp-tester-reader");
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public List<JsonNode> exchange(ObjectNode request, Function<JsonNode, JsonNode> answer, Duration timeout) {
    write(request);
    List<JsonNode> received = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String line;
      try {
        line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the answer to " + request.path("method").asText());
      }
      if (line == null) {
        throw new AssertionError("no answer to " + request.path("method").asText() + " within " + timeout);
      }
      if (line.equals(EOF)) {
        lines.add(EOF);
        throw new AssertionError("the server closed stdout before answering " + request.path("method").asText());
      }
      JsonNode m;
      try {
        m = JSON.readTree(line);
      } catch (IOException e) {
        throw new AssertionError("the server wrote a line that is not JSON on stdout: " + clip(line));
      }
      received.add(m);
      if (m.has("method") && m.has("id")) {
        ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", m.get("id"));
        response.set("result", answer.apply(m));
        write(response);
      } else if (!m.has("method") && m.path("id").equals(request.get("id"))) {
        return received;
      }
    }
  }

  @Override
  public void notify(ObjectNode notification) {
    write(notification);
  }

  @Override
  public boolean sessions() {
    return true;
  }

  private synchronized void write(JsonNode message) {
    try {
      toServer.write((message.toString() + "\n").getBytes(StandardCharsets.UTF_8));
      toServer.flush();
    } catch (IOException e) {
      throw new AssertionError("the server's stdin is closed (did it exit?)", e);
    }
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  @Override
  public void close() {
    try {
      toServer.close();
    } catch (IOException e) {
      // already closed
    }
    onClose.run();
  }
}
