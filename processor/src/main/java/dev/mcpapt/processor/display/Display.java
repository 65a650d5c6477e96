package dev.mcpapt.processor.display;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The display fields of a class's members, merged into its descriptor file by {@link #applyTo}. */
public final class Display {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, ObjectNode> tools = new LinkedHashMap<>();
  private final Map<String, ObjectNode> resources = new LinkedHashMap<>();
  private final Map<String, ObjectNode> templates = new LinkedHashMap<>();
  private final Map<String, ObjectNode> prompts = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> argumentTitles = new LinkedHashMap<>();

  /**
   * The fields of {@code model}, checked already ({@code validation.DisplayValidator}): icons with
   * class-path images embedded as {@code data:} URIs, resource annotations, argument titles.
   */
  public static Display of(DisplayModel model) {
    Display display = new Display();
    for (DisplayModel.Member member : model.members()) {
      ObjectNode fields = switch (member.kind()) {
        case TOOL -> display.tool(member.key());
        case RESOURCE -> display.resource(member.key());
        case TEMPLATE -> display.template(member.key());
        case PROMPT -> display.prompt(member.key());
      };
      if (!member.icons().isEmpty()) {
        ArrayNode icons = fields.putArray("icons");
        member.icons().forEach(icon -> icons.add(icon(icon)));
      }
      DisplayModel.ResourceAnnotations annotations = member.annotations();
      if (annotations != null && (!annotations.audience().isEmpty() || annotations.priority() != null)) {
        ObjectNode node = fields.putObject("annotations");
        if (!annotations.audience().isEmpty()) {
          ArrayNode audience = node.putArray("audience");
          annotations.audience().forEach(audience::add);
        }
        if (annotations.priority() != null) {
          node.put("priority", ((Number) annotations.priority().getValue()).doubleValue());
        }
      }
      member.argumentTitles().forEach((argument, title) -> display.argumentTitle(member.key(), argument, title));
    }
    return display;
  }

  private static ObjectNode icon(DisplayModel.Icon icon) {
    ObjectNode node = NODES.objectNode();
    String type = icon.type();
    node.put("src", icon.src().isEmpty()
        ? "data:" + type + ";base64," + Base64.getEncoder().encodeToString(icon.bytes())
        : icon.src());
    if (type != null && !type.isEmpty()) {
      node.put("mimeType", type);
    }
    if (!icon.sizes().isEmpty()) {
      ArrayNode sizes = node.putArray("sizes");
      icon.sizes().forEach(sizes::add);
    }
    if (!icon.theme().equals("ANY")) {
      node.put("theme", icon.theme().toLowerCase(Locale.ROOT));
    }
    return node;
  }

  ObjectNode tool(String name) {
    return tools.computeIfAbsent(name, n -> JsonNodeFactory.instance.objectNode());
  }

  ObjectNode resource(String uri) {
    return resources.computeIfAbsent(uri, n -> JsonNodeFactory.instance.objectNode());
  }

  ObjectNode template(String uriTemplate) {
    return templates.computeIfAbsent(uriTemplate, n -> JsonNodeFactory.instance.objectNode());
  }

  ObjectNode prompt(String name) {
    return prompts.computeIfAbsent(name, n -> JsonNodeFactory.instance.objectNode());
  }

  void argumentTitle(String prompt, String argument, String title) {
    argumentTitles.computeIfAbsent(prompt, p -> new LinkedHashMap<>()).put(argument, title);
  }

  /**
   * Adds the fields to the entries of {@code descriptorFile}; a tool's {@code title} is also
   * written as {@code annotations.title}, which 2025-03-26 clients read (they have no top-level
   * title).
   */
  public void applyTo(ObjectNode descriptorFile) {
    for (JsonNode tool : descriptorFile.path("tools")) {
      ObjectNode entry = (ObjectNode) tool;
      merge(entry, tools.get(entry.path("name").asText()));
      if (entry.hasNonNull("title")) {
        ObjectNode annotations = entry.has("annotations") ? (ObjectNode) entry.get("annotations") : JsonNodeFactory.instance.objectNode();
        ObjectNode ordered = JsonNodeFactory.instance.objectNode().put("title", entry.get("title").asText());
        ordered.setAll(annotations);
        entry.set("annotations", ordered);
      }
    }
    apply(descriptorFile, "resources", "uri", resources);
    apply(descriptorFile, "resourceTemplates", "uriTemplate", templates);
    apply(descriptorFile, "prompts", "name", prompts);
    for (JsonNode prompt : descriptorFile.path("prompts")) {
      Map<String, String> titles = argumentTitles.get(prompt.path("name").asText());
      if (titles != null) {
        for (JsonNode arg : prompt.path("arguments")) {
          String title = titles.get(arg.path("name").asText());
          if (title != null) {
            ((ObjectNode) arg).put("title", title);
          }
        }
      }
    }
  }

  private static void apply(ObjectNode file, String array, String key, Map<String, ObjectNode> fields) {
    for (JsonNode e : file.path(array)) {
      merge((ObjectNode) e, fields.get(e.path(key).asText()));
    }
  }

  private static void merge(ObjectNode entry, ObjectNode fields) {
    if (fields != null) {
      entry.setAll(fields);
    }
  }
}
