package dev.mcpapt.processor.skill;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.read.Mirrors;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads the {@code @Skill} annotations of one class into {@link SkillModel}s, reporting every
 * problem at the annotation.
 *
 * <ol>
 *   <li>Find the folder's {@code SKILL.md} in the class output (Maven copies
 *       {@code src/main/resources} there before compiling), the source path, then the class path;
 *       the folder must be a directory on disk so its files can be listed.
 *   <li>List its files (hidden ones left out) and check the extension's limits before reading them.
 *   <li>Parse the YAML frontmatter and check it against the Agent Skills rules.
 *   <li>Digest every file.
 * </ol>
 */
public final class SkillReader {

  /** Files per skill, {@code SKILL.md} included (the extension's limit). */
  public static final int MAX_FILES = 512;
  /** Bytes per skill, over all its files (the extension's limit: 16 MiB). */
  public static final long MAX_BYTES = 16L * 1024 * 1024;
  public static final int MAX_NAME = 64;
  public static final int MAX_DESCRIPTION = 1024;
  public static final int MAX_COMPATIBILITY = 500;
  static final String RESERVED_METADATA = "io.modelcontextprotocol/";

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** A URI path segment (or reg-name) that needs no escaping. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
  private static final YAMLMapper YAML = new YAMLMapper();

  private final Filer filer;

  public SkillReader(Filer filer) {
    this.filer = filer;
  }

  /** The skills declared on {@code type}, in declaration order; those with errors are left out. */
  public List<SkillModel> read(TypeElement type, Report report) {
    List<SkillModel> skills = new ArrayList<>();
    for (Declared d : declared(type)) {
      AnnotationMirror m = d.skill();
      int errors = report.errorCount();
      Optional<SkillModel> skill = read(type, d, report);
      if (skill.isEmpty() || report.errorCount() > errors) {
        continue;
      }
      for (SkillModel other : skills) {
        if (other.uri().equals(skill.get().uri())) {
          report.error(Diagnostic.McpInvalidSkill, type, d.at(), Mirrors.explicit(m, "path"), skill.get().uri(),
              "another @Skill of this class serves the same URI; give one a different prefix");
          skill = Optional.empty();
          break;
        }
      }
      skill.ifPresent(skills::add);
    }
    return skills;
  }

  /**
   * One {@code @Skill}, and the annotation of the class to report its problems on: itself, or the
   * container javac wraps repeated ones in (javac then places the message at the class).
   */
  public record Declared(AnnotationMirror skill, AnnotationMirror at) {}

  /** The {@code @Skill} annotations of {@code type}, written once or repeated. */
  public static List<Declared> declared(TypeElement type) {
    List<Declared> out = new ArrayList<>();
    Mirrors.find(type, AnnotationNames.SKILL).ifPresent(m -> out.add(new Declared(m, m)));
    Mirrors.find(type, AnnotationNames.SKILLS).ifPresent(container -> {
      AnnotationValue value = Mirrors.explicit(container, "value");
      if (value != null && value.getValue() instanceof List<?> values) {
        for (Object v : values) {
          if (((AnnotationValue) v).getValue() instanceof AnnotationMirror m) {
            out.add(new Declared(m, container));
          }
        }
      }
    });
    return out;
  }

  private Optional<SkillModel> read(TypeElement type, Declared d, Report report) {
    AnnotationMirror m = d.skill();
    AnnotationValue pathValue = Mirrors.explicit(m, "path");
    String path = pathValue != null && pathValue.getValue() instanceof String s ? s.trim() : "";
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String folderName = path.substring(path.lastIndexOf('/') + 1);
    String label = folderName.isEmpty() ? "(no path)" : folderName;
    if (path.isEmpty()) {
      report.error(Diagnostic.McpSkillNotFound, type, d.at(), pathValue, "",
          "set path to a class-path folder, e.g. path = \"skills/pdf-processing\" for src/main/resources/skills/pdf-processing/SKILL.md");
      return Optional.empty();
    }
    AnnotationValue prefixValue = Mirrors.explicit(m, "prefix");
    String prefix = prefixValue != null && prefixValue.getValue() instanceof String s ? s.trim() : "";
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    if (!prefix.isEmpty()) {
      for (String segment : prefix.split("/", -1)) {
        if (!SEGMENT.matcher(segment).matches()) {
          report.error(Diagnostic.McpInvalidSkill, type, d.at(), prefixValue, label,
              "prefix \"" + prefix + "\" must be /-separated segments of letters, digits, '.', '_', '~' and '-'");
          return Optional.empty();
        }
      }
    }
    Path folder = locate(path);
    if (folder == null) {
      report.error(Diagnostic.McpSkillNotFound, type, d.at(), pathValue, path,
          "put the folder under src/main/resources/" + path + " with a SKILL.md at its root");
      return Optional.empty();
    }
    Problems problems = new Problems(type, d.at(), pathValue, label, report);
    List<Path> files = list(folder, problems);
    if (files == null) {
      return Optional.empty();
    }
    String root = "skill://" + (prefix.isEmpty() ? "" : prefix + "/") + folderName;
    List<SkillModel.File> out = new ArrayList<>();
    ObjectNode frontmatter = null;
    for (Path file : files) {
      String relative = folder.relativize(file).toString().replace('\\', '/');
      for (String segment : relative.split("/")) {
        if (!SEGMENT.matcher(segment).matches()) {
          problems.add("file \"" + relative + "\" has a name a URI would have to escape; use letters, digits, '.', '_', '~' and '-'");
          return Optional.empty();
        }
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.add("cannot read " + relative + ": " + e.getMessage());
        return Optional.empty();
      }
      if (relative.equals("SKILL.md")) {
        frontmatter = frontmatter(bytes, folderName, problems);
        if (frontmatter == null) {
          return Optional.empty();
        }
      }
      String mimeType = mimeType(relative);
      out.add(new SkillModel.File(relative, root + "/" + relative, bytes, digest(bytes), mimeType,
          isText(mimeType) && isUtf8(bytes)));
    }
    return Optional.of(new SkillModel(root + "/SKILL.md", frontmatter, List.copyOf(out)));
  }

  /** The skill's frontmatter checked against the Agent Skills rules, or null (reported). */
  static ObjectNode frontmatter(byte[] bytes, String folderName, Problems problems) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      problems.add("SKILL.md must begin with YAML frontmatter: a line \"---\", the fields, and a closing \"---\"");
      return null;
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      problems.add("the frontmatter of SKILL.md has no closing \"---\" line");
      return null;
    }
    JsonNode tree;
    try {
      tree = YAML.readTree(String.join("\n", lines.subList(1, end)));
    } catch (JacksonException e) {
      String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
      problems.add("the frontmatter of SKILL.md is not valid YAML (" + detail + ")");
      return null;
    }
    if (!(tree instanceof ObjectNode fm)) {
      problems.add("the frontmatter of SKILL.md must be a YAML mapping with name and description");
      return null;
    }
    JsonNode name = fm.get("name");
    if (name == null || !name.isTextual() || name.textValue().isEmpty()) {
      problems.add("the frontmatter needs a name (1 to 64 characters: a-z, 0-9 and single hyphens inside)");
      return null;
    }
    String n = name.textValue();
    if (n.length() > MAX_NAME || !NAME.matcher(n).matches()) {
      problems.add("name \"" + n + "\" breaks the naming rules: 1 to 64 characters from a-z, 0-9 and '-', "
          + "not starting or ending with '-', no \"--\"");
      return null;
    }
    if (!n.equals(folderName)) {
      problems.add("name \"" + n + "\" must equal the folder's name \"" + folderName + "\"");
      return null;
    }
    JsonNode description = fm.get("description");
    if (description == null || !description.isTextual() || description.textValue().isBlank()) {
      problems.add("the frontmatter needs a description of what the skill does and when to use it");
      return null;
    }
    int length = description.textValue().codePointCount(0, description.textValue().length());
    if (length > MAX_DESCRIPTION) {
      problems.add("description is " + length + " characters long, more than " + MAX_DESCRIPTION);
      return null;
    }
    JsonNode compatibility = fm.get("compatibility");
    if (compatibility != null && (!compatibility.isTextual() || compatibility.textValue().length() > MAX_COMPATIBILITY)) {
      problems.add("compatibility must be a string of at most " + MAX_COMPATIBILITY + " characters");
      return null;
    }
    JsonNode metadata = fm.get("metadata");
    if (metadata != null) {
      if (!metadata.isObject()) {
        problems.add("metadata must be a mapping");
        return null;
      }
      for (Iterator<String> keys = metadata.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (key.startsWith(RESERVED_METADATA)) {
          problems.add("metadata key \"" + key + "\" uses the prefix " + RESERVED_METADATA + ", reserved for MCP extensions");
          return null;
        }
      }
    }
    return fm;
  }

  /** The folder holding {@code path}/SKILL.md, from the first location that has it, or null. */
  private Path locate(String path) {
    for (StandardLocation location :
        new StandardLocation[] {StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH}) {
      try {
        FileObject file = filer.getResource(location, "", path + "/SKILL.md");
        URI uri = file.toUri();
        if ("file".equals(uri.getScheme())) {
          Path p = Path.of(uri);
          if (Files.isRegularFile(p)) {
            return p.getParent();
          }
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        // not there (or not a location this compiler knows): try the next one
      }
    }
    return null;
  }

  /** The folder's files in path order (hidden files and folders left out), or null if over the limits. */
  private static List<Path> list(Path folder, Problems problems) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> !hidden(folder, p)).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add("cannot list its folder: " + e.getMessage());
      return null;
    }
    if (files.size() > MAX_FILES) {
      problems.add("it has " + files.size() + " files; a skill may have at most " + MAX_FILES);
      return null;
    }
    long total = 0;
    for (Path f : files) {
      try {
        total += Files.size(f);
      } catch (IOException e) {
        problems.add("cannot read " + folder.relativize(f) + ": " + e.getMessage());
        return null;
      }
    }
    if (total > MAX_BYTES) {
      problems.add("its files hold " + total + " bytes; a skill may hold at most " + MAX_BYTES + " (16 MiB)");
      return null;
    }
    return files;
  }

  private static boolean hidden(Path folder, Path p) {
    for (Path part : folder.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
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

  /** Reports the problems of one skill at its annotation's path. */
  record Problems(TypeElement type, AnnotationMirror mirror, AnnotationValue value, String label, Report report) {
    void add(String problem) {
      report.error(Diagnostic.McpInvalidSkill, type, mirror, value, label, problem);
    }
  }
}
