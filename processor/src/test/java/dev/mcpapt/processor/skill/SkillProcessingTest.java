package dev.mcpapt.processor.skill;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.mcpapt.processor.Covers;
import dev.mcpapt.processor.Compilations;
import dev.mcpapt.processor.diag.Diagnostic;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Skill} at compile time: a good skill folder becomes an index with sizes and digests and
 * a copy of its files; each way a skill can be bad is a compile error at the annotation.
 */
public class SkillProcessingTest {
  /** The diagnostics this class has a negative test for. */
  private static JavaFileObject source(String annotations) {
    return Compilations.source("test.skills.Docs", """
        package test.skills;

        import dev.mcpapt.annotations.Skill;
        import dev.mcpapt.annotations.Tool;

        """ + annotations + """
        public class Docs {
          /** Answers pong. */
          @Tool
          public String ping() { return "pong"; }
        }
        """);
  }

  /** The compiler these cases run under; {@code EclipseSkillProcessingTest} runs them under ecj. */
  Compilations.Tool tool() {
    return Compilations.Tool.JAVAC;
  }

  private Compilation compile(JavaFileObject source, String... options) {
    return tool().compiler((Object[]) options).compile(source);
  }

  @Test
  void writesTheIndexWithSizesAndDigestsAndCopiesTheFiles() throws Exception {
    Compilation c = compile(source("@Skill(path = \"skills/pdf-processing\")\n@Skill(path = \"skills/pdf-processing\", prefix = \"acme/docs\")\n"));
    assertThat(c).succeededWithoutWarnings();
    JsonNode index = new ObjectMapper().readTree(c.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/mcp/test.skills.Docs.skills.json").orElseThrow().getCharContent(false).toString());
    assertEquals(2, index.size());
    JsonNode skill = index.get(0);
    assertEquals("skill://pdf-processing/SKILL.md", skill.get("uri").asText());
    assertEquals("skill://acme/docs/pdf-processing/SKILL.md", index.get(1).get("uri").asText());
    // the frontmatter as written, nested values included
    assertEquals("Apache-2.0", skill.path("frontmatter").path("license").asText());
    assertEquals("example", skill.path("frontmatter").path("metadata").path("author").asText());

    JsonNode files = skill.get("files");
    assertEquals(2, files.size(), "hidden files are left out: " + files);
    for (JsonNode f : files) {
      String relative = f.get("uri").asText().substring("skill://pdf-processing/".length());
      byte[] original;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("skills/pdf-processing/" + relative)) {
        original = in.readAllBytes();
      }
      assertEquals(original.length, f.get("size").asInt());
      assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original)),
          f.get("digest").asText());
      assertEquals("text/markdown", f.get("mimeType").asText());
      assertTrue(f.get("text").asBoolean());
      byte[] copy;
      try (InputStream in = c.generatedFile(StandardLocation.CLASS_OUTPUT, f.get("path").asText()).orElseThrow()
          .openInputStream()) {
        copy = in.readAllBytes();
      }
      assertEquals(new String(original, "UTF-8"), new String(copy, "UTF-8"));
    }
    assertEquals("skill://pdf-processing/templates/invoice.md", files.get(1).get("uri").asText());
  }

  @Test
  @Covers(Diagnostic.McpSkillNotFound)
  void aMissingFolderIsReportedAtItsPath() {
    JavaFileObject src = source("@Skill(\n    path = \"skills/nowhere\")\n");
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpSkillNotFound.tag() + " @Skill path \"skills/nowhere\" has no SKILL.md")
        .inFile(src).onLineContaining("path = \"skills/nowhere\"");
  }

  @Test
  @Covers(Diagnostic.McpInvalidSkill)
  void eachBadSkillMdIsACompileErrorThatSaysWhy() {
    String[][] cases = {
        {"skills/bad-name", "name \"bad--name\" breaks the naming rules"},
        {"skills/no-frontmatter", "must begin with YAML frontmatter"},
        {"skills/reserved-meta", "reserved for MCP extensions"},
        {"skills/wrong-name", "name \"other-name\" must equal the folder's name \"wrong-name\""},
        {"skills/no-description", "needs a description"},
        {"skills/bad-yaml", "is not valid YAML"}};
    for (String[] bad : cases) {
      JavaFileObject src = source("@Skill(\n    path = \"" + bad[0] + "\")\n");
      Compilation c = compile(src);
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining(Diagnostic.McpInvalidSkill.tag()).inFile(src).onLineContaining(bad[0]);
      assertThat(c).hadErrorContaining(bad[1]);
      assertThat(c).hadErrorContaining(Diagnostic.McpInvalidSkill.link());
    }
    JavaFileObject prefix = source("@Skill(path = \"skills/pdf-processing\",\n    prefix = \"a b\")\n");
    assertThat(compile(prefix)).hadErrorContaining("prefix \"a b\" must be").inFile(prefix).onLineContaining("a b");
  }

  @Test
  void aSkillOverTheLimitsIsRejected(@TempDir Path dir) throws Exception {
    Path many = Files.createDirectories(dir.resolve("skills/many-files"));
    Files.writeString(many.resolve("SKILL.md"), "---\nname: many-files\ndescription: Too many files\n---\n");
    for (int i = 0; i < SkillReader.MAX_FILES; i++) {
      Files.writeString(many.resolve("f" + i + ".txt"), "x");
    }
    Path big = Files.createDirectories(dir.resolve("skills/too-big"));
    Files.writeString(big.resolve("SKILL.md"), "---\nname: too-big\ndescription: Too many bytes\n---\n");
    Files.write(big.resolve("data.bin"), new byte[(int) SkillReader.MAX_BYTES]);

    Compilation c = compile(source("@Skill(path = \"skills/many-files\")\n"), "-sourcepath", dir.toString());
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("it has 513 files; a skill may have at most 512");
    c = compile(source("@Skill(path = \"skills/too-big\")\n"), "-sourcepath", dir.toString());
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("a skill may hold at most 16777216 (16 MiB)");
  }

  @Test
  @Covers(Diagnostic.McpSkillWithoutComponent)
  void aSkillOnAClassThatIsNotAComponentIsAnError() {
    JavaFileObject src = Compilations.source("test.skills.Plain", """
        package test.skills;

        @dev.mcpapt.annotations.Skill(path = "skills/pdf-processing")
        public class Plain {
          public String ping() { return "pong"; }
        }
        """);
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpSkillWithoutComponent.tag() + " @Skill on Plain would never be served")
        .inFile(src).onLineContaining("@dev.mcpapt.annotations.Skill");
  }

  @Test
  void twoSkillsOfOneClassCannotShareAUri() {
    JavaFileObject src = source("@Skill(path = \"skills/pdf-processing\")\n@Skill(\n    path = \"/skills/pdf-processing/\")\n");
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    // javac places errors of repeated annotations at the class
    assertThat(c).hadErrorContaining("another @Skill of this class serves the same URI")
        .inFile(src).onLineContaining("public class Docs");
  }
}
