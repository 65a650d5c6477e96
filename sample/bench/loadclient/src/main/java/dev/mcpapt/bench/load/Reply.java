package dev.mcpapt.bench.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What the load client needs to know about one JSON-RPC message from a server: its id, whether it
 * is a response, an error or a tool error, the first text content, and a few handshake values.
 * Read with Jackson's streaming parser, without building a tree.
 */
final class Reply {
  private static final JsonFactory JSON = new JsonFactory();

  /** The numeric id, or -1 when absent or not a number. */
  long id = -1;

  boolean response;
  boolean error;
  boolean toolError;
  String errorMessage;
  String method;
  String firstText;
  String protocolVersion;
  boolean listsEcho;

  static Reply parse(byte[] buf, int off, int len) throws IOException {
    Reply reply = new Reply();
    try (JsonParser p = JSON.createParser(buf, off, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object: " + preview(buf, off, len));
      }
      int depth = 1;
      JsonToken t;
      while (depth > 0 && (t = p.nextToken()) != null) {
        switch (t) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
              depth++;
              if (depth == 2 && name.equals("result")) {
                reply.response = true;
              } else if (depth == 2 && name.equals("error")) {
                reply.response = true;
                reply.error = true;
              }
              continue;
            }
            if (depth == 1) {
              if (name.equals("id") && v == JsonToken.VALUE_NUMBER_INT) {
                reply.id = p.getLongValue();
              } else if (name.equals("id") && v == JsonToken.VALUE_STRING) {
                reply.id = parseIdString(p.getText());
              } else if (name.equals("method")) {
                reply.method = p.getText();
              }
            } else if (name.equals("text") && v == JsonToken.VALUE_STRING && reply.firstText == null) {
              reply.firstText = p.getText();
            } else if (name.equals("isError") && v == JsonToken.VALUE_TRUE) {
              reply.toolError = true;
            } else if (name.equals("protocolVersion") && v == JsonToken.VALUE_STRING) {
              reply.protocolVersion = p.getText();
            } else if (name.equals("name") && v == JsonToken.VALUE_STRING && "echo".equals(p.getText())) {
              reply.listsEcho = true;
            } else if (name.equals("message") && reply.error && reply.errorMessage == null) {
              reply.errorMessage = p.getText();
            }
          }
          default -> {}
        }
      }
    }
    return reply;
  }

  private static long parseIdString(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static String preview(byte[] buf, int off, int len) {
    String s = new String(buf, off, Math.min(len, 300), java.nio.charset.StandardCharsets.UTF_8);
    return len > 300 ? s + "…" : s;
  }

  /** Why this is not a good answer to echo call {@code expectedId}, or null if it is. */
  String checkEcho(long expectedId, String expectedText) {
    if (!response) {
      return "not a response";
    }
    if (id != expectedId) {
      return "id " + id + " where " + expectedId + " was expected";
    }
    if (error) {
      return "JSON-RPC error: " + errorMessage;
    }
    if (toolError) {
      return "tool error: " + firstText;
    }
    if (!expectedText.equals(firstText)) {
      return "text " + firstText + " where " + expectedText + " was expected";
    }
    return null;
  }
}
