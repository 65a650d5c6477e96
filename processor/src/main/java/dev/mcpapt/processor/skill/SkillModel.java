package dev.mcpapt.processor.skill;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One skill read at compile time: the URI of its {@code SKILL.md}, its frontmatter as written, and
 * every file of its folder.
 */
public record SkillModel(String uri, ObjectNode frontmatter, List<File> files) {
  /**
   * A file of the skill.
   *
   * @param relative its path in the skill folder, with {@code /}
   * @param uri its {@code skill://} URI
   * @param bytes its content
   * @param digest {@code sha256:<64 lowercase hex>} of {@code bytes}
   * @param mimeType its media type, from its extension
   * @param text whether it is served as text (a text type, valid UTF-8) rather than as a blob
   */
  public record File(String relative, String uri, byte[] bytes, String digest, String mimeType, boolean text) {}
}
