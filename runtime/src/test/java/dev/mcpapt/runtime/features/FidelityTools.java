package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.ElicitRequest;
import dev.mcpapt.runtime.Icon;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.PromptMessage.Role;
import dev.mcpapt.runtime.SamplingRequest;
import dev.mcpapt.runtime.SamplingResult;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.ArgumentRules;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.TestHandlers;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tools using content annotations and resource links, sampling with tools, URL elicitation and a
 * JSON Schema 2020-12 input schema with argument rules; {@link #main} serves them over stdio for
 * the official clients, with two server icons.
 */
final class FidelityTools implements McpComponent {
  static final Instant CHANGED = Instant.parse("2025-01-12T15:00:58Z");
  static final ObjectNode WEATHER_SCHEMA =
      Fixtures.json("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}");
  /**
   * The input schema the processor writes for the conformance server's {@code
   * json_schema_2020_12_tool} ({@code @SchemaDialect}, {@code @SchemaDef} with an anchor,
   * {@code @AtLeastOneOf}, {@code @RequiredWhen}, optional parameters).
   */
  static final ObjectNode CONTACT_SCHEMA = Fixtures.json("{"
      + "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
      + "\"$defs\":{\"address\":{\"$anchor\":\"addressDef\",\"type\":\"object\","
      + "\"properties\":{\"street\":{\"type\":\"string\"},\"city\":{\"type\":\"string\"}},"
      + "\"additionalProperties\":false}},"
      + "\"properties\":{\"name\":{\"type\":\"string\"},\"address\":{\"$ref\":\"#/$defs/address\"},"
      + "\"contactMethod\":{\"type\":\"string\",\"enum\":[\"phone\",\"email\"]},"
      + "\"phone\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"}},"
      + "\"allOf\":[{\"anyOf\":[{\"required\":[\"phone\"]},{\"required\":[\"email\"]}]}],"
      + "\"if\":{\"properties\":{\"contactMethod\":{\"const\":\"phone\"}},\"required\":[\"contactMethod\"]},"
      + "\"then\":{\"required\":[\"phone\"]},\"else\":{\"required\":[\"email\"]},"
      + "\"additionalProperties\":false}");
  static final List<Icon> ICONS = List.of(
      new Icon("https://example.com/icon.png", "image/png", List.of("48x48", "96x96"), null),
      new Icon("data:image/svg+xml;base64,PHN2Zy8+", "image/svg+xml", List.of("any"), "dark"));
  /** Users who connected their account at the (simulated) third party. */
  static final Set<String> CONNECTED = ConcurrentHashMap.newKeySet();

  public static void main(String[] args) throws Exception {
    McpServer server = server();
    server.serveStdio();
    server.close();
  }

  static McpServer server() {
    return McpServer.builder().name("fidelity").version("1").icon(ICONS.get(0)).icon(ICONS.get(1))
        .component(new FidelityTools()).build();
  }

  @Override
  public Class<?> type() {
    return FidelityTools.class;
  }

  @Override
  public List<ToolHandler> tools() {
    return List.of(
        Fixtures.tool("annotated", (args, ctx) -> ToolResult.of(List.of(
            Content.text("for the user").withAnnotations(Content.Annotations.forAudience(Role.USER).withPriority(0.9)),
            Content.text("changed").withAnnotations(Content.Annotations.modifiedAt(CHANGED)),
            new Content.ResourceLink("file:///report.pdf", "report.pdf", "The report", "application/pdf")
                .withTitle("Quarterly report").withSize(2048)
                .withIcons(List.of(new Icon("https://example.com/pdf.png", "image/png", List.of("48x48"), "light")))
                .withAnnotations(new Content.Annotations(List.of(Role.USER, Role.ASSISTANT), 0.5, CHANGED))
                .withMeta(Fixtures.json("{\"example.com/origin\":\"archive\"}")),
            new Content.EmbeddedResource("file:///a.txt", "text/plain", "a", null)
                .withAnnotations(Content.Annotations.ofPriority(0.1))))),
        // Offers the model a weather tool; runs the tool the model asks for and asks again with its result.
        Fixtures.tool("forecast", (args, ctx) -> {
          SamplingRequest.Builder ask = SamplingRequest.builder().user("Weather in Paris?").maxTokens(100)
              .tool("get_weather", "Current weather of a city", WEATHER_SCHEMA)
              .toolChoice(SamplingRequest.ToolChoice.AUTO);
          SamplingResult first = ctx.sample("first", ask.build());
          Content.ToolUse use = (Content.ToolUse) first.content().stream()
              .filter(c -> c instanceof Content.ToolUse).findFirst().orElseThrow();
          String city = use.input().path("city").asText();
          SamplingResult second = ctx.sample("second", ask
              .message(Role.ASSISTANT, first.content().toArray(Content[]::new))
              .message(Role.USER, Content.ToolUseResult.text(use.id(), "Sunny in " + city))
              .build());
          return ToolResult.text(first.stopReason() + "|" + second.text());
        }),
        // Needs the user's account at a third party, connected through a URL.
        Fixtures.tool("files", (args, ctx) -> {
          String user = args.path("user").asText();
          if (!CONNECTED.contains(user)) {
            ctx.requireUrlElicitation(ElicitRequest.url("Connect your Example Co account",
                URI.create("https://mcp.example.com/connect?e=conn-" + user), "conn-" + user));
          }
          return ToolResult.text("files of " + user);
        }),
        // What the third party's callback would do: the account is connected, the client is told.
        Fixtures.tool("connected", (args, ctx) -> {
          String user = args.path("user").asText();
          CONNECTED.add(user);
          ctx.serverEvents().elicitationComplete("conn-" + user);
          return ToolResult.text("connected " + user);
        }),
        Fixtures.tool("asks_url", (args, ctx) -> {
          var r = ctx.elicit(ElicitRequest.url("Pay here", URI.create("https://pay.example.com/p/1"), "pay-1"));
          return ToolResult.text(r.action().name());
        }),
        contactTool());
  }

  /** What the generated handler checks: the same rules as the schema's anyOf and if/then/else. */
  private static ToolHandler contactTool() {
    ObjectNode descriptor = Fixtures.json("{\"name\":\"json_schema_2020_12_tool\","
        + "\"description\":\"Tool with JSON Schema 2020-12 features\"}");
    descriptor.set("inputSchema", CONTACT_SCHEMA);
    return TestHandlers.tool(descriptor, (args, ctx) -> {
      Problems problems = new Problems();
      ArgumentRules.atLeastOneOf(args, List.of("phone", "email"), problems);
      ArgumentRules.requiredWhen(args, "contactMethod", TextNode.valueOf("phone"), List.of("phone"),
          List.of("email"), problems);
      problems.throwIfAny();
      boolean byPhone = "phone".equals(args.path("contactMethod").asText());
      return ToolResult.text("contact " + args.path("name").asText("someone") + " by "
          + (byPhone ? "phone at " + args.path("phone").asText() : "email at " + args.path("email").asText()));
    });
  }
}
