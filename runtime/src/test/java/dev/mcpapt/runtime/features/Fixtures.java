package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.ElicitResult;
import dev.mcpapt.runtime.ElicitSchema;
import dev.mcpapt.runtime.InputRequests;
import dev.mcpapt.runtime.InputResponses;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.PromptMessage;
import dev.mcpapt.runtime.PromptResult;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.ResourceNotFoundException;
import dev.mcpapt.runtime.Root;
import dev.mcpapt.runtime.SamplingRequest;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.UriTemplate;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.spi.CompletionHandler;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.PromptHandler;
import dev.mcpapt.runtime.spi.ResourceHandler;
import dev.mcpapt.runtime.spi.ResourceTemplateHandler;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-written SPI implementations of every feature, standing in for generated code. */
final class Fixtures implements McpComponent {
  /** How many times the "greet" tool body ran (each 2026-07-28 round runs it again). */
  static final AtomicInteger GREET_RUNS = new AtomicInteger();

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Class<?> type() {
    return Fixtures.class;
  }

  @Override
  public List<ToolHandler> tools() {
    return List.of(
        tool("greet", (args, ctx) -> {
          GREET_RUNS.incrementAndGet();
          ElicitResult r = ctx.elicit("user_name", ElicitRequest.form("What is your name?",
              ElicitSchema.builder().required("name", ElicitSchema.string()).build()));
          return ToolResult.text("Hello, " + r.string("name").orElse("stranger") + "!");
        }),
        tool("two_steps", (args, ctx) -> {
          String name = ctx.elicit("step1", ElicitRequest.form("Name?",
              ElicitSchema.builder().required("name", ElicitSchema.string()).build())).string("name").orElse("?");
          String color = ctx.elicit("step2", ElicitRequest.form("Color?",
              ElicitSchema.builder().required("color", ElicitSchema.string()).build())).string("color").orElse("?");
          return ToolResult.text(name + " likes " + color);
        }),
        tool("everything", (args, ctx) -> {
          InputResponses a = ctx.ask(InputRequests.builder()
              .elicit("who", ElicitRequest.form("Who?", ElicitSchema.builder().required("name", ElicitSchema.string()).build()))
              .sample("haiku", SamplingRequest.of("Write a haiku", 50))
              .listRoots("roots")
              .build());
          List<Root> roots = a.roots("roots");
          return ToolResult.text(a.elicitation("who").string("name").orElse("?") + "|" + a.sampling("haiku").text()
              + "|" + roots.get(0).uri());
        }),
        tool("numbered", (args, ctx) -> {
          String first = ctx.sample(SamplingRequest.of("one", 10)).text();
          List<Root> roots = ctx.roots();
          return ToolResult.text(first + " " + roots.size());
        }),
        tool("sample_or_elicit", (args, ctx) -> {
          if (ctx.clientSupports("elicitation")) {
            ctx.elicit("e", ElicitRequest.form("Q", ElicitSchema.builder().optional("x", ElicitSchema.bool()).build()));
          } else {
            ctx.sample("s", SamplingRequest.of("Q", 10));
          }
          return ToolResult.text("done");
        }),
        tool("swallows", (args, ctx) -> {
          try {
            ctx.elicit("k", ElicitRequest.form("Q", ElicitSchema.builder().build()));
          } catch (Exception e) {
            return ToolResult.error("caught " + e);
          }
          return ToolResult.text("answered");
        }),
        tool("logs", (args, ctx) -> {
          ctx.log(McpContext.LogLevel.DEBUG, "debug message");
          ctx.log(McpContext.LogLevel.INFO, "info message");
          ctx.log(McpContext.LogLevel.ERROR, "error message");
          return ToolResult.text("logged");
        }),
        tool("progress", (args, ctx) -> {
          ctx.progress(0, 100.0, "start");
          ctx.progress(50, 100.0, null);
          ctx.progress(50, 100.0, "not increasing: dropped");
          ctx.progress(100, 100.0, "done");
          return ToolResult.text("progressed");
        }),
        tool("change_tools", (args, ctx) -> {
          ctx.serverEvents().toolsChanged();
          return ToolResult.text("changed");
        }),
        tool("touch", (args, ctx) -> {
          ctx.serverEvents().resourceUpdated(args.path("uri").asText());
          return ToolResult.text("touched");
        }));
  }

  @Override
  public List<ResourceHandler> resources() {
    List<ResourceHandler> list = new ArrayList<>();
    list.add(resource("test://static-text", "{\"uri\":\"test://static-text\",\"name\":\"static_text\",\"title\":\"Static text\","
        + "\"description\":\"A text resource\",\"mimeType\":\"text/plain\",\"_meta\":{\"k\":1}}",
        () -> List.of(ResourceContents.text("test://static-text", "text/plain", "This is the content."))));
    list.add(resource("test://static-binary", "{\"uri\":\"test://static-binary\",\"name\":\"static_binary\",\"mimeType\":\"image/png\"}",
        () -> List.of(ResourceContents.blob("test://static-binary", "image/png", new byte[] {1, 2, 3}))));
    list.add(resource("test://empty", "{\"uri\":\"test://empty\",\"name\":\"empty\"}", List::of));
    for (int i = 0; i < 3; i++) {
      String uri = "test://page/" + i;
      list.add(resource(uri, "{\"uri\":\"" + uri + "\",\"name\":\"page" + i + "\"}",
          () -> List.of(ResourceContents.text(uri, "text/plain", uri))));
    }
    return list;
  }

  @Override
  public List<ResourceTemplateHandler> resourceTemplates() {
    UriTemplate template = UriTemplate.parse("test://template/{id}/data");
    return List.of(new ResourceTemplateHandler() {
      @Override
      public String uriTemplate() {
        return template.template();
      }

      @Override
      public ObjectNode descriptor() {
        return json("{\"uriTemplate\":\"test://template/{id}/data\",\"name\":\"template\",\"title\":\"T\",\"mimeType\":\"application/json\"}");
      }

      @Override
      public Map<String, String> match(String uri) {
        return template.match(uri);
      }

      @Override
      public CompletionStage<List<ResourceContents>> read(String uri, Map<String, String> variables, McpContext context)
          throws Exception {
        String id = variables.get("id");
        if (id.equals("missing")) {
          throw new ResourceNotFoundException("no item " + id);
        }
        if (!id.chars().allMatch(Character::isDigit)) {
          throw new InvalidArgumentsException(List.of("id: expected integer, got \"" + id + "\""));
        }
        return CompletableFuture.completedFuture(
            List.of(ResourceContents.text(uri, "application/json", "{\"id\":\"" + id + "\"}")));
      }
    });
  }

  @Override
  public List<PromptHandler> prompts() {
    return List.of(
        prompt("simple", "{\"name\":\"simple\",\"description\":\"Simple\"}", (args, ctx) -> PromptResult.of(PromptMessage.user("hi"))),
        prompt("with_args", "{\"name\":\"with_args\",\"title\":\"With args\",\"description\":\"Args\",\"arguments\":["
            + "{\"name\":\"arg1\",\"title\":\"First\",\"required\":true},{\"name\":\"arg2\"}]}", (args, ctx) -> {
              if (!args.containsKey("arg1")) {
                throw new InvalidArgumentsException(List.of("arg1: required"));
              }
              return new PromptResult("about " + args.get("arg1"), List.of(
                  PromptMessage.user("arg1=" + args.get("arg1") + " arg2=" + args.getOrDefault("arg2", "-")),
                  new PromptMessage(PromptMessage.Role.ASSISTANT, new Content.Image("iVBORw0KGgo=", "image/png")),
                  new PromptMessage(PromptMessage.Role.USER, new Content.Audio("UklGRg==", "audio/wav")),
                  new PromptMessage(PromptMessage.Role.USER,
                      new Content.EmbeddedResource("test://static-text", "text/plain", "embedded", null))));
            }),
        prompt("asks", "{\"name\":\"asks\",\"description\":\"Asks\"}", (args, ctx) -> {
          String c = ctx.elicit("user_context", ElicitRequest.form("Context?",
              ElicitSchema.builder().required("context", ElicitSchema.string()).build())).string("context").orElse("");
          return PromptResult.of(PromptMessage.user("context: " + c));
        }));
  }

  @Override
  public List<CompletionHandler> completions() {
    return List.of(completion(CompletionHandler.RefType.PROMPT, "with_args", "arg1",
            (prefix, context) -> List.of("paris", "park", "party", "zebra").stream().filter(v -> v.startsWith(prefix)).toList()),
        completion(CompletionHandler.RefType.RESOURCE, "test://template/{id}/data", "id", (prefix, context) -> {
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < 250; i++) {
            ids.add(prefix + i);
          }
          return ids;
        }));
  }

  // ---------------------------------------------------------------- helpers

  interface ToolBody {
    ToolResult call(JsonNode args, McpContext ctx) throws Exception;
  }

  static ToolHandler tool(String name, ToolBody body) {
    ObjectNode descriptor = json("{\"name\":\"" + name + "\",\"description\":\"" + name + "\",\"inputSchema\":{\"type\":\"object\",\"properties\":{}}}");
    return dev.mcpapt.runtime.testing.TestHandlers.tool(descriptor, body::call);
  }

  interface Reader {
    List<ResourceContents> read() throws Exception;
  }

  static ResourceHandler resource(String uri, String descriptor, Reader reader) {
    ObjectNode d = json(descriptor);
    return new ResourceHandler() {
      @Override
      public String uri() {
        return uri;
      }

      @Override
      public ObjectNode descriptor() {
        return d;
      }

      @Override
      public CompletionStage<List<ResourceContents>> read(McpContext context) throws Exception {
        return CompletableFuture.completedFuture(reader.read());
      }
    };
  }

  interface PromptBody {
    PromptResult get(Map<String, String> args, McpContext ctx) throws Exception;
  }

  static PromptHandler prompt(String name, String descriptor, PromptBody body) {
    ObjectNode d = json(descriptor);
    return new PromptHandler() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ObjectNode descriptor() {
        return d;
      }

      @Override
      public CompletionStage<PromptResult> get(Map<String, String> arguments, McpContext context) throws Exception {
        return CompletableFuture.completedFuture(body.get(arguments, context));
      }
    };
  }

  interface Completer {
    List<String> complete(String prefix, Map<String, String> context);
  }

  static CompletionHandler completion(CompletionHandler.RefType type, String ref, String argument, Completer c) {
    return new CompletionHandler() {
      @Override
      public RefType refType() {
        return type;
      }

      @Override
      public String refName() {
        return ref;
      }

      @Override
      public String argument() {
        return argument;
      }

      @Override
      public CompletionStage<List<String>> complete(String prefix, Map<String, String> context, McpContext mcpContext) {
        return CompletableFuture.completedFuture(c.complete(prefix, context));
      }
    };
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
