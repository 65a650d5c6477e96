package dev.mcpapt.processor.display;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The display fields of a class's members, merged into its descriptor file by {@link #applyTo}. */
public final class Display {
  private final Map<String, ObjectNode> tools = new LinkedHashMap<>();
  private final Map<String, ObjectNode> resources = new LinkedHashMap<>();
  private final Map<String, ObjectNode> templates = new LinkedHashMap<>();
  private final Map<String, ObjectNode> prompts = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> argumentTitles = new LinkedHashMap<>();

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
