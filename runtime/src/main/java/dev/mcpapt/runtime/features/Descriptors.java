package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.engine.Revision;
import java.util.Iterator;
import java.util.Map;

/**
 * Shapes the {@code resources/list}, {@code resources/templates/list} and {@code prompts/list}
 * entries of generated descriptors per revision: fields a revision does not define are left out
 * ({@code title} and {@code _meta} before 2025-06-18, {@code icons} before 2025-11-25), so every
 * message validates against the schema of the revision it is sent under.
 */
final class Descriptors {
  private Descriptors() {}

  /** Which descriptor. */
  enum Kind {
    RESOURCE,
    RESOURCE_TEMPLATE,
    PROMPT
  }

  /** {@code descriptor} shaped for {@code revision}, as JSON text. */
  static String shape(ObjectNode descriptor, Kind kind, Revision revision) {
    return Json.encodeToString(g -> g.writeTree(shapeTree(descriptor, kind, revision)));
  }

  static ObjectNode shapeTree(ObjectNode descriptor, Kind kind, Revision revision) {
    ObjectNode out = Json.object();
    for (Iterator<Map.Entry<String, JsonNode>> it = descriptor.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String field = e.getKey();
      if (!defines(field, kind, revision)) {
        continue;
      }
      if (kind == Kind.PROMPT && field.equals("arguments") && e.getValue().isArray()
          && !revision.atLeast(Revision.V2025_06_18)) {
        ArrayNode args = out.putArray("arguments");
        for (JsonNode a : e.getValue()) {
          ObjectNode copy = ((ObjectNode) a).deepCopy();
          copy.remove("title");
          args.add(copy);
        }
      } else {
        out.set(field, e.getValue());
      }
    }
    return out;
  }

  private static boolean defines(String field, Kind kind, Revision revision) {
    switch (field) {
      case "name":
      case "description":
        return true;
      case "title":
      case "_meta":
        return revision.atLeast(Revision.V2025_06_18);
      case "icons":
        return revision.hasIcons();
      default:
        break;
    }
    return switch (kind) {
      case RESOURCE -> field.equals("uri") || field.equals("mimeType") || field.equals("annotations") || field.equals("size");
      case RESOURCE_TEMPLATE -> field.equals("uriTemplate") || field.equals("mimeType") || field.equals("annotations");
      case PROMPT -> field.equals("arguments");
    };
  }
}
