package dev.mcpapt.processor.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.skill.SkillReader;
import dev.mcpapt.processor.skill.SkillSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * Checks the {@code @Skill}s of one class against the Agent Skills rules and the extension's
 * limits: a path to a folder with a {@code SKILL.md}, a prefix and file names a URI need not escape,
 * at most {@value SkillReader#MAX_FILES} files and 16 MiB, frontmatter with a valid name equal to
 * the folder's, a description, and no reserved metadata; and no two skills of a class at one URI.
 * Each skill's first problem is reported, at its annotation's {@code path}.
 */
public final class SkillValidator {
  public static final int MAX_NAME = 64;
  public static final int MAX_DESCRIPTION = 1024;
  public static final int MAX_COMPATIBILITY = 500;
  static final String RESERVED_METADATA = "io.modelcontextprotocol/";

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** A URI path segment (or reg-name) that needs no escaping. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

  private SkillValidator() {}

  public static void validate(TypeElement type, List<SkillSource> skills, Report report) {
    List<String> uris = new ArrayList<>();
    for (SkillSource skill : skills) {
      int errors = report.errorCount();
      validate(type, skill, report);
      if (report.errorCount() > errors) {
        continue;
      }
      if (uris.contains(skill.uri())) {
        report.error(Diagnostic.McpInvalidSkill, type, skill.declared().at(), skill.pathValue(), skill.uri(),
            "another @Skill of this class serves the same URI; give one a different prefix");
        continue;
      }
      uris.add(skill.uri());
    }
  }

  private static void validate(TypeElement type, SkillSource skill, Report report) {
    if (skill.path().isEmpty()) {
      report.error(Diagnostic.McpSkillNotFound, type, skill.declared().at(), skill.pathValue(), "",
          "set path to a class-path folder, e.g. path = \"skills/pdf-processing\" for src/main/resources/skills/pdf-processing/SKILL.md");
      return;
    }
    if (!skill.prefix().isEmpty()) {
      for (String segment : skill.prefix().split("/", -1)) {
        if (!SEGMENT.matcher(segment).matches()) {
          report.error(Diagnostic.McpInvalidSkill, type, skill.declared().at(), skill.prefixValue(), skill.label(),
              "prefix \"" + skill.prefix() + "\" must be /-separated segments of letters, digits, '.', '_', '~' and '-'");
          return;
        }
      }
    }
    SkillSource.Folder folder = skill.folder();
    if (folder == null) {
      report.error(Diagnostic.McpSkillNotFound, type, skill.declared().at(), skill.pathValue(), skill.path(),
          "put the folder under src/main/resources/" + skill.path() + " with a SKILL.md at its root");
      return;
    }
    String problem = folderProblem(skill, folder);
    if (problem != null) {
      report.error(Diagnostic.McpInvalidSkill, type, skill.declared().at(), skill.pathValue(), skill.label(), problem);
    }
  }

  /** The first thing wrong with what the folder holds, or null. */
  private static String folderProblem(SkillSource skill, SkillSource.Folder folder) {
    if (folder.problem() != null) {
      return folder.problem();
    }
    if (folder.files().size() > SkillReader.MAX_FILES) {
      return "it has " + folder.files().size() + " files; a skill may have at most " + SkillReader.MAX_FILES;
    }
    if (folder.totalBytes() > SkillReader.MAX_BYTES) {
      return "its files hold " + folder.totalBytes() + " bytes; a skill may hold at most " + SkillReader.MAX_BYTES
          + " (16 MiB)";
    }
    for (String relative : folder.files()) {
      for (String segment : relative.split("/")) {
        if (!SEGMENT.matcher(segment).matches()) {
          return "file \"" + relative + "\" has a name a URI would have to escape; use letters, digits, '.', '_', '~' and '-'";
        }
      }
      if (folder.readProblems().containsKey(relative)) {
        return "cannot read " + relative + ": " + folder.readProblems().get(relative);
      }
      if (relative.equals("SKILL.md")) {
        String frontmatter = frontmatterProblem(folder.frontmatter(), skill.folderName());
        if (frontmatter != null) {
          return frontmatter;
        }
      }
    }
    return null;
  }

  /** What breaks the Agent Skills rules in a skill's frontmatter, or null. */
  static String frontmatterProblem(SkillSource.Frontmatter written, String folderName) {
    if (!written.opened()) {
      return "SKILL.md must begin with YAML frontmatter: a line \"---\", the fields, and a closing \"---\"";
    }
    if (!written.closed()) {
      return "the frontmatter of SKILL.md has no closing \"---\" line";
    }
    if (written.yamlError() != null) {
      return "the frontmatter of SKILL.md is not valid YAML (" + written.yamlError() + ")";
    }
    if (!(written.tree() instanceof ObjectNode fm)) {
      return "the frontmatter of SKILL.md must be a YAML mapping with name and description";
    }
    JsonNode name = fm.get("name");
    if (name == null || !name.isTextual() || name.textValue().isEmpty()) {
      return "the frontmatter needs a name (1 to 64 characters: a-z, 0-9 and single hyphens inside)";
    }
    String n = name.textValue();
    if (n.length() > MAX_NAME || !NAME.matcher(n).matches()) {
      return "name \"" + n + "\" breaks the naming rules: 1 to 64 characters from a-z, 0-9 and '-', "
          + "not starting or ending with '-', no \"--\"";
    }
    if (!n.equals(folderName)) {
      return "name \"" + n + "\" must equal the folder's name \"" + folderName + "\"";
    }
    JsonNode description = fm.get("description");
    if (description == null || !description.isTextual() || description.textValue().isBlank()) {
      return "the frontmatter needs a description of what the skill does and when to use it";
    }
    int length = description.textValue().codePointCount(0, description.textValue().length());
    if (length > MAX_DESCRIPTION) {
      return "description is " + length + " characters long, more than " + MAX_DESCRIPTION;
    }
    JsonNode compatibility = fm.get("compatibility");
    if (compatibility != null && (!compatibility.isTextual() || compatibility.textValue().length() > MAX_COMPATIBILITY)) {
      return "compatibility must be a string of at most " + MAX_COMPATIBILITY + " characters";
    }
    JsonNode metadata = fm.get("metadata");
    if (metadata != null) {
      if (!metadata.isObject()) {
        return "metadata must be a mapping";
      }
      for (Iterator<String> keys = metadata.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (key.startsWith(RESERVED_METADATA)) {
          return "metadata key \"" + key + "\" uses the prefix " + RESERVED_METADATA + ", reserved for MCP extensions";
        }
      }
    }
    return null;
  }
}
