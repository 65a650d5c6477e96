package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A root the client exposes: a {@code file://} URI (a project folder, a repository) and an optional name. */
public record Root(String uri, String name) {
  public Root {
    Objects.requireNonNull(uri, "uri");
  }

  /**
   * Reads a client's {@code ListRootsResult}.
   *
   * @throws IllegalArgumentException naming what is wrong, if it is not one
   */
  public static List<Root> listFromJson(JsonNode json) {
    if (json == null || !json.isObject() || !json.path("roots").isArray()) {
      throw new IllegalArgumentException("a roots/list result must be an object with a \"roots\" array");
    }
    List<Root> roots = new ArrayList<>();
    int i = 0;
    for (JsonNode r : json.get("roots")) {
      JsonNode uri = r.get("uri");
      if (uri == null || !uri.isTextual()) {
        throw new IllegalArgumentException("roots[" + i + "] needs a \"uri\" string");
      }
      JsonNode name = r.get("name");
      roots.add(new Root(uri.textValue(), name != null && name.isTextual() ? name.textValue() : null));
      i++;
    }
    return List.copyOf(roots);
  }
}
