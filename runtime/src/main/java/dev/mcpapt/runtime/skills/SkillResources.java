package dev.mcpapt.runtime.skills;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.json.JsonTrees;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.CompletionHandler;
import dev.mcpapt.runtime.spi.PromptHandler;
import dev.mcpapt.runtime.spi.ResourceHandler;
import dev.mcpapt.runtime.spi.ResourceTemplateHandler;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The skills the processor found on one class ({@code @Skill}), served as {@code skill://}
 * resources.
 *
 * <p>The processor copies each skill's files to {@code META-INF/mcp/skills/<class>/...} and writes
 * an index, {@code META-INF/mcp/<class>.skills.json}: an array of {@code {"uri", "frontmatter",
 * "files": [{"uri", "path", "mimeType", "size", "digest", "text"}]}}. Each file becomes a
 * {@link SkillFile} resource; the files of one skill share its {@link Skill} entry, which
 * {@code skills/list} and {@code skills/get} answer with.
 */
public final class SkillResources {
  private SkillResources() {}

  /** {@code META-INF/mcp/<class>.skills.json}. */
  public static String indexPath(Class<?> type) {
    return "META-INF/mcp/" + type.getName() + ".skills.json";
  }

  /** The skill files of {@code type}, or none when it declares no {@code @Skill}. */
  public static List<ResourceHandler> load(Class<?> type) {
    ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
    JsonNode index;
    try (InputStream in = loader.getResourceAsStream(indexPath(type))) {
      if (in == null) {
        return List.of();
      }
      index = JsonTrees.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + indexPath(type), e);
    }
    List<ResourceHandler> handlers = new ArrayList<>();
    for (JsonNode entry : index) {
      Skill skill = new Skill(entry.get("uri").asText(), (ObjectNode) entry.get("frontmatter"));
      List<SkillFile> files = new ArrayList<>();
      for (JsonNode f : entry.get("files")) {
        files.add(new SkillFile(skill, f.get("uri").asText(), f.get("path").asText(), f.get("mimeType").asText(),
            f.get("size").asLong(), f.get("digest").asText(), f.get("text").asBoolean(), loader));
      }
      skill.files = List.copyOf(files);
      handlers.addAll(files);
    }
    return List.copyOf(handlers);
  }

  /**
   * {@code component} serving its skill files among its resources too, or {@code component} itself
   * when its class declares no skills.
   */
  public static McpComponent withSkills(McpComponent component) {
    List<ResourceHandler> skills = load(component.type());
    if (skills.isEmpty()) {
      return component;
    }
    List<ResourceHandler> resources = new ArrayList<>(component.resources());
    resources.addAll(skills);
    List<ResourceHandler> all = List.copyOf(resources);
    return new McpComponent() {
      @Override
      public Class<?> type() {
        return component.type();
      }

      @Override
      public List<ToolHandler> tools() {
        return component.tools();
      }

      @Override
      public List<ResourceHandler> resources() {
        return all;
      }

      @Override
      public List<ResourceTemplateHandler> resourceTemplates() {
        return component.resourceTemplates();
      }

      @Override
      public List<PromptHandler> prompts() {
        return component.prompts();
      }

      @Override
      public List<CompletionHandler> completions() {
        return component.completions();
      }
    };
  }

  /** One skill: the URI of its {@code SKILL.md}, its frontmatter, its files. */
  public static final class Skill {
    private final String uri;
    private final ObjectNode frontmatter;
    private List<SkillFile> files = List.of();
    private String json;

    Skill(String uri, ObjectNode frontmatter) {
      this.uri = uri;
      this.frontmatter = frontmatter;
    }

    /** The URI of its {@code SKILL.md}. */
    public String uri() {
      return uri;
    }

    /** The URI of its root directory (the {@code SKILL.md} URI without {@code /SKILL.md}). */
    public String root() {
      return uri.substring(0, uri.length() - "/SKILL.md".length());
    }

    /** Its files, {@code SKILL.md} included. */
    public List<SkillFile> files() {
      return files;
    }

    /** The {@code Skill} entry of {@code skills/list} and {@code skills/get}, as JSON text. */
    public synchronized String json() {
      if (json == null) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("uri", uri);
        entry.set("frontmatter", frontmatter);
        ArrayNode resources = entry.putArray("resources");
        for (SkillFile f : files) {
          resources.addObject().put("uri", f.uri()).put("digest", f.digest).put("size", f.size);
        }
        json = entry.toString();
      }
      return json;
    }
  }

  /** One file of a skill, read from the class path. */
  public static final class SkillFile implements ResourceHandler {
    private final Skill skill;
    private final String uri;
    private final String path;
    private final String mimeType;
    private final long size;
    private final String digest;
    private final boolean text;
    private final ClassLoader loader;
    private final ObjectNode descriptor;

    SkillFile(Skill skill, String uri, String path, String mimeType, long size, String digest, boolean text,
        ClassLoader loader) {
      this.skill = skill;
      this.uri = uri;
      this.path = path;
      this.mimeType = mimeType;
      this.size = size;
      this.digest = digest;
      this.text = text;
      this.loader = loader;
      ObjectNode d = JsonNodeFactory.instance.objectNode();
      d.put("uri", uri);
      if (uri.equals(skill.uri())) {
        // SKILL.md is named and described by its frontmatter
        d.put("name", skill.frontmatter.get("name").asText());
        d.put("description", skill.frontmatter.get("description").asText());
      } else {
        d.put("name", uri.substring(uri.lastIndexOf('/') + 1));
      }
      d.put("mimeType", mimeType);
      d.put("size", size);
      this.descriptor = d;
    }

    /** The skill this file belongs to. */
    public Skill skill() {
      return skill;
    }

    @Override
    public String uri() {
      return uri;
    }

    @Override
    public ObjectNode descriptor() {
      return descriptor;
    }

    @Override
    public CompletionStage<List<ResourceContents>> read(McpContext context) throws IOException {
      byte[] bytes;
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          throw new IOException(path + " is missing from the class path");
        }
        bytes = in.readAllBytes();
      }
      // Served bytes must be the ones the entry describes, or every host would reject them.
      if (bytes.length != size || !digest.equals(digest(bytes))) {
        throw new IOException(path + " differs from the file digested at compile time; rebuild the server");
      }
      ResourceContents c = text
          ? ResourceContents.text(uri, mimeType, new String(bytes, StandardCharsets.UTF_8))
          : ResourceContents.blob(uri, mimeType, bytes);
      return CompletableFuture.completedFuture(List.of(c));
    }

    private static String digest(byte[] bytes) {
      try {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
