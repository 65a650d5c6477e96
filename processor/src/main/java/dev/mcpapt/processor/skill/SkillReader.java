package dev.mcpapt.processor.skill;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.read.Mirrors;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads the {@code @Skill} annotations of one class as written, with what each folder holds
 * ({@link SkillSource}); {@code validation.SkillValidator} checks them.
 *
 * <ol>
 *   <li>Find the folder's {@code SKILL.md} in the class output (Maven copies
 *       {@code src/main/resources} there before compiling), the source path, then the class path;
 *       only a directory on disk can be listed.
 *   <li>List its files (hidden ones left out) and measure them; read them only when they are within
 *       the extension's limits, so an oversized folder is never loaded.
 *   <li>Parse the YAML frontmatter of {@code SKILL.md}.
 * </ol>
 */
public final class SkillReader {

  /** Files per skill, {@code SKILL.md} included (the extension's limit). */
  public static final int MAX_FILES = 512;
  /** Bytes per skill, over all its files (the extension's limit: 16 MiB). */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  private static final YAMLMapper YAML = new YAMLMapper();

  private final Filer filer;

  public SkillReader(Filer filer) {
    this.filer = filer;
  }

  /** The skills declared on {@code type}, in declaration order. */
  public List<SkillSource> read(TypeElement type) {
    List<SkillSource> skills = new ArrayList<>();
    for (Declared d : declared(type)) {
      skills.add(read(d));
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

  private SkillSource read(Declared d) {
    AnnotationMirror m = d.skill();
    AnnotationValue pathValue = Mirrors.explicit(m, "path");
    String path = pathValue != null && pathValue.getValue() instanceof String s ? s.trim() : "";
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    AnnotationValue prefixValue = Mirrors.explicit(m, "prefix");
    String prefix = prefixValue != null && prefixValue.getValue() instanceof String s ? s.trim() : "";
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    Path folder = path.isEmpty() ? null : locate(path);
    return new SkillSource(d, pathValue, path, prefixValue, prefix, folder == null ? null : folder(folder));
  }

  /** What {@code folder} holds: its files, their sizes, and their bytes if within the limits. */
  private static SkillSource.Folder folder(Path folder) {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.filter(p -> !hidden(folder, p)).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return new SkillSource.Folder("cannot list its folder: " + e.getMessage(), List.of(), 0, Map.of(), Map.of(), null);
    }
    List<String> files = new ArrayList<>();
    long total = 0;
    for (Path f : paths) {
      files.add(folder.relativize(f).toString().replace('\\', '/'));
      try {
        total += Files.size(f);
      } catch (IOException e) {
        return new SkillSource.Folder("cannot read " + folder.relativize(f) + ": " + e.getMessage(), List.copyOf(files),
            total, Map.of(), Map.of(), null);
      }
    }
    Map<String, byte[]> contents = new LinkedHashMap<>();
    Map<String, String> readProblems = new LinkedHashMap<>();
    SkillSource.Frontmatter frontmatter = null;
    if (files.size() <= MAX_FILES && total <= MAX_BYTES) {
      for (int i = 0; i < files.size(); i++) {
        try {
          byte[] bytes = Files.readAllBytes(paths.get(i));
          contents.put(files.get(i), bytes);
          if (files.get(i).equals("SKILL.md")) {
            frontmatter = frontmatter(bytes);
          }
        } catch (IOException e) {
          readProblems.put(files.get(i), e.getMessage());
        }
      }
    }
    return new SkillSource.Folder(null, List.copyOf(files), total, contents, readProblems, frontmatter);
  }

  /** The frontmatter of a {@code SKILL.md}: its delimiting lines and the YAML between them. */
  static SkillSource.Frontmatter frontmatter(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new SkillSource.Frontmatter(false, false, null, null);
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return new SkillSource.Frontmatter(true, false, null, null);
    }
    try {
      return new SkillSource.Frontmatter(true, true, YAML.readTree(String.join("\n", lines.subList(1, end))), null);
    } catch (JacksonException e) {
      String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
      return new SkillSource.Frontmatter(true, true, null, detail);
    }
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

  private static boolean hidden(Path folder, Path p) {
    for (Path part : folder.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
