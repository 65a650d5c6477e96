package dev.mcpapt.processor.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;

/**
 * One {@code @Skill} as written, with what its folder holds: read by {@link SkillReader}, checked
 * by {@code validation.SkillValidator}, and made a {@link SkillModel} by {@link #toModel} once the
 * checks pass.
 *
 * @param pathValue the written {@code path}, or null
 * @param path {@code path} without surrounding spaces and slashes
 * @param prefixValue the written {@code prefix}, or null
 * @param prefix {@code prefix} without surrounding spaces and trailing slashes
 * @param folder what the folder holds, or null when no {@code path/SKILL.md} was found
 */
public record SkillSource(SkillReader.Declared declared, AnnotationValue pathValue, String path,
    AnnotationValue prefixValue, String prefix, Folder folder) {

  /**
   * What a skill's folder holds.
   *
   * @param problem why it could not be listed or measured, or null
   * @param files its files, relative, with {@code /}, in path order (hidden ones left out)
   * @param totalBytes the files' sizes summed
   * @param contents each file's bytes, read only when the folder is within the limits (empty otherwise)
   * @param readProblems why a file could not be read, by file
   * @param frontmatter what {@code SKILL.md} begins with, or null when it was not read
   */
  public record Folder(String problem, List<String> files, long totalBytes, Map<String, byte[]> contents,
      Map<String, String> readProblems, Frontmatter frontmatter) {}

  /**
   * The frontmatter of {@code SKILL.md} as written.
   *
   * @param opened whether the file begins with a {@code ---} line
   * @param closed whether a closing {@code ---} line follows
   * @param tree the YAML between them, or null when it did not parse
   * @param yamlError the first line of the YAML parser's message, or null
   */
  public record Frontmatter(boolean opened, boolean closed, JsonNode tree, String yamlError) {}

  /** The folder's own name: the last segment of {@code path}. */
  public String folderName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** How messages name this skill. */
  public String label() {
    return folderName().isEmpty() ? "(no path)" : folderName();
  }

  /** The {@code skill://} URI of the folder. */
  public String root() {
    return "skill://" + (prefix.isEmpty() ? "" : prefix + "/") + folderName();
  }

  /** The URI of its {@code SKILL.md}: what two skills of a class must not share. */
  public String uri() {
    return root() + "/SKILL.md";
  }

  /** The skill, with its files' digests and types; only for a source that passed the checks. */
  public SkillModel toModel() {
    List<SkillModel.File> files = new ArrayList<>();
    for (String relative : folder.files()) {
      byte[] bytes = folder.contents().get(relative);
      String mimeType = mimeType(relative);
      files.add(new SkillModel.File(relative, root() + "/" + relative, bytes, digest(bytes), mimeType,
          isText(mimeType) && isUtf8(bytes)));
    }
    return new SkillModel(uri(), (ObjectNode) folder.frontmatter().tree(), List.copyOf(files));
  }

  static String digest(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("md", "text/markdown"), Map.entry("markdown", "text/markdown"), Map.entry("txt", "text/plain"),
      Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("css", "text/css"),
      Map.entry("csv", "text/csv"), Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"),
      Map.entry("ts", "text/x-typescript"), Map.entry("py", "text/x-python"), Map.entry("sh", "text/x-shellscript"),
      Map.entry("java", "text/x-java"), Map.entry("sql", "application/sql"), Map.entry("json", "application/json"),
      Map.entry("yaml", "application/yaml"), Map.entry("yml", "application/yaml"), Map.entry("xml", "application/xml"),
      Map.entry("toml", "application/toml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"));

  static String mimeType(String relative) {
    String file = relative.substring(relative.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    String ext = dot > 0 ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    return TYPES.getOrDefault(ext, dot > 0 ? "application/octet-stream" : "text/plain");
  }

  private static boolean isText(String mimeType) {
    return mimeType.startsWith("text/") || mimeType.endsWith("json") || mimeType.endsWith("yaml")
        || mimeType.endsWith("xml") || mimeType.equals("application/sql") || mimeType.equals("application/toml");
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
