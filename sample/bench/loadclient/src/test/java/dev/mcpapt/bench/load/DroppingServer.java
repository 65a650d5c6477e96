package dev.mcpapt.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A faulty stdio server for the load client's own tests: answers like an echo server, except that
 * it swallows the response to one call that arrived together with others (which only pipelining
 * produces), the way a server that loses a response under concurrency behaves.
 */
public final class DroppingServer {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    InputStream in = new FileInputStream(FileDescriptor.in);
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    byte[] buf = new byte[1 << 16];
    StringBuilder pending = new StringBuilder();
    boolean dropped = false;
    int n;
    while ((n = in.read(buf)) > 0) {
      pending.append(new String(buf, 0, n, StandardCharsets.UTF_8));
      int calls = 0;
      StringBuilder replies = new StringBuilder();
      int nl;
      while ((nl = pending.indexOf("\n")) >= 0) {
        String line = pending.substring(0, nl);
        pending.delete(0, nl + 1);
        JsonNode message = JSON.readTree(line);
        if (!message.has("id")) {
          continue;
        }
        String method = message.path("method").asText();
        if (method.equals("tools/call") && ++calls == 2 && !dropped) {
          dropped = true;
          continue;
        }
        String result =
            switch (method) {
              case "initialize" -> "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"tools\":{}},"
                  + "\"serverInfo\":{\"name\":\"dropping\",\"version\":\"1\"}}";
              case "tools/list" -> "{\"tools\":[{\"name\":\"echo\",\"inputSchema\":{\"type\":\"object\"}}]}";
              case "tools/call" -> "{\"content\":[{\"type\":\"text\",\"text\":"
                  + JSON.writeValueAsString(message.path("params").path("arguments").path("text").asText())
                  + "}]}";
              default -> "{}";
            };
        replies.append("{\"jsonrpc\":\"2.0\",\"id\":").append(message.get("id")).append(",\"result\":")
            .append(result).append("}\n");
      }
      out.write(replies.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
