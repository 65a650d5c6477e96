package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates wire messages against the {@code schema.json} of a revision: each notification or
 * request against the definition of its method, each result against the result type of the
 * request it answers (or {@code InputRequiredResult}), each error against the error envelope.
 */
final class SchemaCheck {
  private static final ObjectMapper M = new ObjectMapper();
  private static final Map<String, SchemaCheck> BY_REVISION = new ConcurrentHashMap<>();

  private final ObjectNode root;
  private final String defsKey;
  private final JsonSchemaFactory factory;
  private final Map<String, String> methodDefs = new HashMap<>();
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  private SchemaCheck(String revision) throws IOException {
    Path file = specDir().resolve(revision).resolve("schema.json");
    root = (ObjectNode) M.readTree(file.toFile());
    defsKey = root.has("$defs") ? "$defs" : "definitions";
    factory = JsonSchemaFactory.getInstance(
        defsKey.equals("$defs") ? SpecVersion.VersionFlag.V202012 : SpecVersion.VersionFlag.V7);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get(defsKey).fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      if (name.startsWith("Client") || name.startsWith("Server") || name.startsWith("JSONRPC")) {
        continue;
      }
      JsonNode method = e.getValue().path("properties").path("method").path("const");
      if (method.isTextual()) {
        methodDefs.put(method.textValue(), name);
      }
    }
  }

  /** The spec folder: {@code shared/spec} beside the checkout (or beside the folder holding it). */
  static Path specDir() {
    Path root = Path.of(System.getProperty("mcpapt.root", "..")).toAbsolutePath().normalize();
    for (Path p = root.getParent(); p != null; p = p.getParent()) {
      Path spec = p.resolve("shared/spec");
      if (Files.isDirectory(spec)) {
        return spec;
      }
    }
    throw new IllegalStateException("shared/spec not found beside " + root);
  }

  static boolean available() {
    return true;
  }

  static SchemaCheck of(String revision) {
    return BY_REVISION.computeIfAbsent(revision, r -> {
      try {
        return new SchemaCheck(r);
      } catch (IOException e) {
        throw new IllegalStateException("no schema for " + r, e);
      }
    });
  }

  private JsonSchema schema(String def) {
    return compiled.computeIfAbsent(def, d -> {
      ObjectNode s = M.createObjectNode();
      s.put("$schema", root.path("$schema").asText());
      s.put("$ref", "#/" + defsKey + "/" + d);
      s.set(defsKey, root.get(defsKey));
      return factory.getSchema(s);
    });
  }

  /** Fails if {@code message} breaks the schema; {@code requestMethod} names what a response answers. */
  void assertValid(JsonNode message, String requestMethod) {
    String def;
    JsonNode value = message;
    if (message.has("method")) {
      def = methodDefs.getOrDefault(message.get("method").asText(), message.has("id") ? "JSONRPCRequest" : "JSONRPCNotification");
    } else if (message.has("error")) {
      def = root.get(defsKey).has("JSONRPCErrorResponse") ? "JSONRPCErrorResponse" : "JSONRPCError";
    } else {
      value = message.get("result");
      if ("input_required".equals(value.path("resultType").asText())) {
        def = "InputRequiredResult";
      } else {
        String request = methodDefs.get(requestMethod);
        def = request == null ? "Result" : request.substring(0, request.length() - "Request".length()) + "Result";
        if (!root.get(defsKey).has(def)) {
          def = "Result";
        }
      }
    }
    Set<ValidationMessage> errors = schema(def).validate(value);
    if (!errors.isEmpty()) {
      fail("invalid " + def + ": " + errors + "\nmessage: " + message);
    }
  }
}
