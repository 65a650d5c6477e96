package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The server capabilities and extensions the features declare, each a function of the revision
 * evaluated whenever {@code initialize} or {@code server/discover} is answered, so only what the
 * server offers at that moment is written.
 */
final class Capabilities {
  /** A capability (or extension): its value when the server offers it now, else null; the first revision that has it. */
  private record Capability(String name, Function<Revision, JsonNode> value, Revision since) {}

  private final List<Capability> capabilities = new CopyOnWriteArrayList<>();
  private final List<Capability> extensions = new CopyOnWriteArrayList<>();

  void capability(String name, Function<Revision, JsonNode> value, Revision since) {
    capabilities.removeIf(c -> c.name().equals(name));
    capabilities.add(new Capability(name, value, since));
  }

  void extension(String id, Function<Revision, JsonNode> settings, Revision since) {
    extensions.removeIf(c -> c.name().equals(id));
    extensions.add(new Capability(id, settings, since));
  }

  /** Whether the server offers the capability {@code name} now (in any revision that defines it). */
  boolean offers(String name) {
    for (Capability c : capabilities) {
      if (c.name().equals(name)) {
        return c.value().apply(Revision.latest()) != null;
      }
    }
    return false;
  }

  /** Writes the capabilities (with {@code extensions}) defined in {@code revision}. */
  void write(JsonGenerator g, Revision revision) throws IOException {
    g.writeStartObject();
    for (Capability c : capabilities) {
      JsonNode value = revision.atLeast(c.since()) ? c.value().apply(revision) : null;
      if (value != null) {
        g.writeFieldName(c.name());
        g.writeTree(value);
      }
    }
    boolean any = false;
    for (Capability e : extensions) {
      JsonNode value = revision.atLeast(e.since()) ? e.value().apply(revision) : null;
      if (value != null) {
        if (!any) {
          g.writeObjectFieldStart("extensions");
          any = true;
        }
        g.writeFieldName(e.name());
        g.writeTree(value);
      }
    }
    if (any) {
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
