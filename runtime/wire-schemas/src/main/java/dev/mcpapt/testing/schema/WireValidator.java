package dev.mcpapt.testing.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates messages a server sends against one revision's {@code schema.json}: the JSON-RPC
 * envelope, the specific result type of the request it answers, notifications, and errors. It
 * also checks that objects of the main protocol types carry no field the revision does not
 * define (the schemas allow extra fields, but a revision-correct server leaves them out).
 *
 * <pre>{@code
 * List<String> problems = WireValidator.of("2026-07-28").validateServerMessage(message, "tools/call");
 * }</pre>
 *
 * <p>The schemas of every revision from 2024-11-05 to 2026-07-28 (and of the 2026-07-28 tasks
 * extension) are packaged in this jar, from the MCP specification; the system property
 * {@code mcpapt.spec} names a specification folder ({@code <revision>/schema.json}) to use instead.
 */
public final class WireValidator {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Map<String, String> RESULTS = Map.ofEntries(
      Map.entry("initialize", "InitializeResult"),
      Map.entry("server/discover", "DiscoverResult"),
      Map.entry("ping", "EmptyResult"),
      Map.entry("tools/list", "ListToolsResult"),
      Map.entry("tools/call", "CallToolResult"),
      Map.entry("resources/list", "ListResourcesResult"),
      Map.entry("resources/templates/list", "ListResourceTemplatesResult"),
      Map.entry("resources/read", "ReadResourceResult"),
      Map.entry("prompts/list", "ListPromptsResult"),
      Map.entry("prompts/get", "GetPromptResult"),
      Map.entry("completion/complete", "CompleteResult"),
      Map.entry("logging/setLevel", "EmptyResult"),
      Map.entry("tasks/get", "GetTaskResult"),
      Map.entry("tasks/list", "ListTasksResult"),
      Map.entry("tasks/cancel", "CancelTaskResult"),
      // tasks/result answers what the task's request would have: here always a tools/call
      Map.entry("tasks/result", "CallToolResult"));

  /** 2026-07-28 results of the tasks extension, checked against its own schema.json. */
  private static final Map<String, String> TASK_RESULTS = Map.of(
      "tasks/get", "GetTaskResult",
      "tasks/update", "UpdateTaskResult",
      "tasks/cancel", "CancelTaskResult");

  private static final Map<String, String> NOTIFICATIONS = Map.of(
      "notifications/progress", "ProgressNotification",
      "notifications/message", "LoggingMessageNotification",
      "notifications/tools/list_changed", "ToolListChangedNotification",
      "notifications/cancelled", "CancelledNotification",
      "notifications/tasks/status", "TaskStatusNotification");

  private static final String PACKAGED = "dev/mcpapt/testing/schema/";
  private static final Map<String, WireValidator> CACHE = new ConcurrentHashMap<>();

  private final String revision;
  private final Path folder;
  private final ObjectNode root;
  private final String defs;
  private final JsonSchemaFactory factory;
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  private WireValidator(String revision, Path folder, ObjectNode root) {
    this.revision = revision;
    this.folder = folder;
    this.root = root;
    this.defs = root.has("$defs") ? "$defs" : "definitions";
    this.factory = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(root));
  }

  /**
   * The validator of {@code revision} ({@code "2025-11-25"}, {@code "2026-07-28"}, ...): from the
   * folder the system property {@code mcpapt.spec} names, else from the schemas in this jar.
   *
   * @throws IllegalArgumentException if there is no schema for that revision
   */
  public static WireValidator of(String revision) {
    String spec = System.getProperty("mcpapt.spec");
    if (spec != null && !spec.isBlank() && Files.isDirectory(Paths.get(spec))) {
      return of(revision, Paths.get(spec));
    }
    return CACHE.computeIfAbsent("jar:" + revision, k -> load(revision, null));
  }

  /** The validator of {@code revision} from a specification folder ({@code <revision>/schema.json}). */
  public static WireValidator of(String revision, Path specFolder) {
    Path folder = specFolder.toAbsolutePath().normalize();
    return CACHE.computeIfAbsent(folder + ":" + revision, k -> load(revision, folder));
  }

  /** The validator of the 2026-07-28 tasks extension's schema, from the same place as this one's. */
  public WireValidator tasksExtension() {
    String name = "extensions/tasks";
    return folder != null ? CACHE.computeIfAbsent(folder + ":" + name, k -> load(name, folder))
        : CACHE.computeIfAbsent("jar:" + name, k -> load(name, null));
  }

  private static WireValidator load(String name, Path folder) {
    try {
      JsonNode root;
      if (folder != null) {
        Path file = folder.resolve(name).resolve("schema.json");
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException("No MCP schema for " + name + " at " + file);
        }
        root = MAPPER.readTree(file.toFile());
      } else {
        try (InputStream in = WireValidator.class.getClassLoader().getResourceAsStream(PACKAGED + name + "/schema.json")) {
          if (in == null) {
            throw new IllegalArgumentException("No MCP schema for " + name
                + " in this jar; set the system property mcpapt.spec to a specification folder");
          }
          root = MAPPER.readTree(in);
        }
      }
      return new WireValidator(name.startsWith("extensions/") ? "tasks extension" : name, folder, (ObjectNode) root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the MCP schema of " + name, e);
    }
  }

  public String revision() {
    return revision;
  }

  /** Whether the schema defines this type. */
  public boolean defines(String definition) {
    return root.path(defs).has(definition);
  }

  private JsonSchema schema(String definition) {
    return schemas.computeIfAbsent(definition, d -> {
      if (!defines(d)) {
        throw new IllegalArgumentException(revision + " defines no " + d);
      }
      ObjectNode s = root.deepCopy();
      s.put("$ref", "#/" + defs + "/" + d);
      return factory.getSchema(s);
    });
  }

  /** Problems of {@code value} against {@code definition}, each prefixed with it. */
  public List<String> check(String definition, JsonNode value) {
    List<String> problems = new ArrayList<>();
    Set<ValidationMessage> messages = schema(definition).validate(value);
    for (ValidationMessage m : messages) {
      problems.add(revision + " " + definition + ": " + m.getMessage());
    }
    return problems;
  }

  /**
   * Validates one message the server sent.
   *
   * @param requestMethod for a response, the method of the request it answers (or null if unknown)
   */
  public List<String> validateServerMessage(JsonNode message, String requestMethod) {
    List<String> problems = new ArrayList<>();
    boolean modern = defines("JSONRPCResultResponse");
    if (message.has("method")) {
      String method = message.path("method").asText();
      if (message.has("id")) {
        problems.addAll(check("JSONRPCRequest", message));
        problems.addAll(check("ServerRequest", message));
      } else {
        problems.addAll(check("JSONRPCNotification", message));
        String def = NOTIFICATIONS.get(method);
        problems.addAll(check(def != null && defines(def) ? def : "ServerNotification", message));
        if (def != null && !defines(def)) {
          problems.add(revision + " does not define the notification " + method);
        }
      }
    } else if (message.has("result")) {
      problems.addAll(check(modern ? "JSONRPCResultResponse" : "JSONRPCResponse", message));
      JsonNode result = message.get("result");
      boolean taskResult = "task".equals(result.path("resultType").asText(null))
          || (requestMethod != null && TASK_RESULTS.containsKey(requestMethod));
      boolean coreTasks = defines("CreateTaskResult"); // 2025-11-25 has tasks in its core schema
      if (!coreTasks && taskResult) {
        // the tasks extension: its results are defined by its schema, not the core one
        WireValidator ext = tasksExtension();
        String d = "tools/call".equals(requestMethod) ? "CreateTaskResult" : TASK_RESULTS.get(requestMethod);
        if (d == null) {
          problems.add("resultType \"task\" answers " + requestMethod + ", which the tasks extension does not augment");
        } else {
          problems.addAll(ext.check(d, result));
        }
        return problems;
      }
      String def = requestMethod == null ? null : RESULTS.get(requestMethod);
      if ("input_required".equals(result.path("resultType").asText(null)) && defines("InputRequiredResult")) {
        def = "InputRequiredResult"; // a multi round-trip request that needs the client's input first
      }
      if ("tools/call".equals(requestMethod) && result.has("task") && coreTasks) {
        def = "CreateTaskResult";
      }
      if (def != null && defines(def)) {
        problems.addAll(check(def, result));
        problems.addAll(strict(def, result, "result"));
        if ("ListToolsResult".equals(def)) {
          int i = 0;
          for (JsonNode tool : result.path("tools")) {
            problems.addAll(strict("Tool", tool, "result.tools[" + i++ + "]"));
          }
        }
        if ("CallToolResult".equals(def)) {
          int i = 0;
          for (JsonNode c : result.path("content")) {
            problems.addAll(strictContent(c, "result.content[" + i++ + "]"));
          }
        }
        if ("InitializeResult".equals(def)) {
          problems.addAll(strict("Implementation", result.path("serverInfo"), "result.serverInfo"));
          problems.addAll(strict("ServerCapabilities", result.path("capabilities"), "result.capabilities"));
        }
      } else if (def != null) {
        problems.add(revision + " does not define " + def + " (method " + requestMethod + ")");
      } else {
        problems.addAll(check("ServerResult", result));
      }
    } else if (message.has("error")) {
      problems.addAll(check(modern ? "JSONRPCErrorResponse" : "JSONRPCError", message));
      if (message.path("error").path("code").asInt() == -32022 && defines("UnsupportedProtocolVersionError")) {
        problems.addAll(check("UnsupportedProtocolVersionError", message));
      }
    } else {
      problems.add("not a JSON-RPC message: " + message);
    }
    return problems;
  }

  private List<String> strictContent(JsonNode content, String path) {
    String type = content.path("type").asText();
    String def;
    switch (type) {
      case "text": def = "TextContent"; break;
      case "image": def = "ImageContent"; break;
      case "audio": def = "AudioContent"; break;
      case "resource_link": def = "ResourceLink"; break;
      case "resource": def = "EmbeddedResource"; break;
      default: return List.of(path + ": unknown content type " + type);
    }
    if (!defines(def)) {
      return List.of(path + ": " + revision + " has no " + def);
    }
    List<String> p = new ArrayList<>(check(def, content));
    p.addAll(strict(def, content, path));
    return p;
  }

  /**
   * Extension fields the server sends on purpose, though the schema does not declare them (it
   * allows them: no {@code additionalProperties: false}). Only {@code securitySchemes} on a tool,
   * which ChatGPT reads there (docs/widgets.md); every other undeclared field is a problem.
   */
  private static final java.util.Map<String, java.util.Set<String>> EXTENSIONS =
      java.util.Map.of("Tool", java.util.Set.of("securitySchemes"));

  /** Fields of {@code value} that {@code definition} does not declare. */
  public List<String> strict(String definition, JsonNode value, String path) {
    JsonNode props = root.path(defs).path(definition).path("properties");
    if (!value.isObject() || props.isMissingNode()) {
      return List.of();
    }
    java.util.Set<String> extensions = EXTENSIONS.getOrDefault(definition, java.util.Set.of());
    List<String> problems = new ArrayList<>();
    for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!props.has(f) && !extensions.contains(f)) {
        problems.add(revision + " " + definition + " has no field \"" + f + "\" (at " + path + ")");
      }
    }
    return problems;
  }
}
