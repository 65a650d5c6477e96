package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;
import dev.mcpapt.runtime.engine.Result;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.skills.SkillResources.Skill;
import dev.mcpapt.runtime.skills.SkillResources.SkillFile;
import dev.mcpapt.runtime.spi.ResourceHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The {@code io.modelcontextprotocol/skills} extension (2026-07-28): {@code skills/list},
 * {@code skills/get} and {@code resources/directory/read}, over the skill files among the served
 * resources ({@code @Skill}). Advertised, with {@code directoryRead}, only while a skill is served.
 */
final class SkillMethods {
  /** The extension id. */
  static final String EXTENSION = "io.modelcontextprotocol/skills";
  static final String DIRECTORY = "inode/directory";

  private final Engine engine;
  private final ResourceMethods resources;

  SkillMethods(Engine engine, ResourceMethods resources) {
    this.engine = engine;
    this.resources = resources;
  }

  void install() {
    var modern = Engine.since(Revision.V2026_07_28);
    engine.register("skills/list", modern, true, this::list);
    engine.register("skills/get", modern, true, this::get);
    engine.register("resources/directory/read", modern, true, this::readDirectory);
    engine.extension(EXTENSION, r -> skills().isEmpty() ? null : Json.object().put("directoryRead", true),
        Revision.V2026_07_28);
  }

  /** The served skills by URI, in URI order. */
  private Map<String, Skill> skills() {
    Map<String, Skill> skills = new TreeMap<>();
    for (ResourceHandler r : resources.resources()) {
      if (r instanceof SkillFile f) {
        skills.putIfAbsent(f.skill().uri(), f.skill());
      }
    }
    return skills;
  }

  private CompletionStage<Result> list(RequestContext request) throws McpError {
    List<Skill> all = new ArrayList<>(skills().values());
    Pages.Page page = Pages.page(request, all, Skill::uri, "skills", engine.settings().pageSize());
    return CompletableFuture.completedFuture((g, r) -> {
      g.writeArrayFieldStart("skills");
      for (int i = page.from(); i < page.to(); i++) {
        g.writeRawValue(all.get(i).json());
      }
      g.writeEndArray();
      if (page.nextCursor() != null) {
        g.writeStringField("nextCursor", page.nextCursor());
      }
      engine.messages().writeCacheHints(g, r);
    });
  }

  private CompletionStage<Result> get(RequestContext request) throws McpError {
    String uri = uri(request);
    Skill skill = skills().get(uri);
    if (skill == null) {
      throw new McpError(McpError.INVALID_PARAMS, "No skill is served at this URI", Json.object().put("uri", uri));
    }
    return CompletableFuture.completedFuture((g, r) -> {
      g.writeFieldName("skill");
      g.writeRawValue(skill.json());
      engine.messages().writeCacheHints(g, r);
    });
  }

  private CompletionStage<Result> readDirectory(RequestContext request) throws McpError {
    String uri = uri(request);
    // The direct children of every directory of the skill namespace, by child URI.
    Map<String, ObjectNode> children = new TreeMap<>();
    boolean exists = false;
    for (ResourceHandler r : resources.resources()) {
      if (!(r instanceof SkillFile f)) {
        continue;
      }
      String file = f.uri();
      if (!file.startsWith(uri + "/")) {
        continue;
      }
      exists = true;
      String rest = file.substring(uri.length() + 1);
      int slash = rest.indexOf('/');
      if (slash < 0) {
        children.put(file, f.descriptor());
      } else {
        String dir = uri + "/" + rest.substring(0, slash);
        children.computeIfAbsent(dir, d -> Json.object()
            .put("uri", d).put("name", d.substring(d.lastIndexOf('/') + 1)).put("mimeType", DIRECTORY));
      }
    }
    if (!exists || !uri.startsWith("skill://") || uri.length() == "skill://".length()) {
      throw new McpError(McpError.INVALID_PARAMS, "Not a directory resource of this server",
          Json.object().put("uri", uri));
    }
    List<ObjectNode> all = new ArrayList<>(children.values());
    Pages.Page page = Pages.page(request, all, n -> n.get("uri").asText(), "directory", engine.settings().pageSize());
    return CompletableFuture.completedFuture((g, r) -> {
      g.writeArrayFieldStart("resources");
      for (int i = page.from(); i < page.to(); i++) {
        g.writeTree(all.get(i));
      }
      g.writeEndArray();
      if (page.nextCursor() != null) {
        g.writeStringField("nextCursor", page.nextCursor());
      }
      // Not required by the extension's text, but the official TypeScript client rejects a
      // directory result without them, as it does any 2026-07-28 list result.
      engine.messages().writeCacheHints(g, r);
    });
  }

  private static String uri(RequestContext request) throws McpError {
    JsonNode uri = request.params().get("uri");
    if (uri == null || !uri.isTextual() || uri.textValue().isEmpty()) {
      throw McpError.invalidParams("Invalid params: \"uri\" must be a string");
    }
    return uri.textValue();
  }
}
