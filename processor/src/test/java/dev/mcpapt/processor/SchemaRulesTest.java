package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpapt.processor.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @SchemaDialect}, {@code @SchemaDef}, {@code @AtLeastOneOf}, {@code @RequiredWhen} and
 * {@code @Param(required = false)}: the schema they write, the checks they generate, and the
 * compile-time errors on the annotation value at fault.
 */
class SchemaRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JavaFileObject CONTACTS = JavaFileObjects.forResource("schema/Contacts.java");

  private static JsonNode tools(Compilation compilation, String type) throws IOException {
    String json = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/" + type + ".json")
        .orElseThrow().getCharContent(true).toString();
    return JSON.readTree(json).get("tools");
  }

  @Test
  void writesDialectDefsAnchorAnyOfAndIfThenElse() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(CONTACTS);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode save = tools(compilation, "schema.Contacts").get(0);
    try (InputStream expected = getClass().getClassLoader().getResourceAsStream("schema/save.input.json")) {
      assertEquals(JSON.readTree(expected), save.get("inputSchema"));
    }
    // the output schema states the dialect too, and its root type keeps its anchor
    JsonNode output = save.get("outputSchema");
    assertEquals("https://json-schema.org/draft/2020-12/schema", output.path("$schema").asText());
    assertEquals("addressDef", output.path("$anchor").asText());
  }

  @Test
  void severalConditionsGoUnderAllOfWithTypedValues() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(CONTACTS);
    JsonNode book = tools(compilation, "schema.Contacts").get(1).get("inputSchema");
    assertFalse(book.has("if"), book.toString());
    JsonNode allOf = book.get("allOf");
    assertEquals(2, allOf.size());
    assertEquals(JSON.readTree("{\"if\":{\"properties\":{\"urgent\":{\"const\":true}},\"required\":[\"urgent\"]},"
        + "\"then\":{\"required\":[\"phone\"]}}"), allOf.get(0));
    assertEquals(JSON.readTree("{\"if\":{\"properties\":{\"attempts\":{\"const\":3}},\"required\":[\"attempts\"]},"
        + "\"else\":{\"required\":[\"note\"]}}"), allOf.get(1));
    // a tested argument may well be required itself; the ones it requires may not
    assertEquals(JSON.readTree("[\"urgent\",\"attempts\"]"), book.get("required"));
  }

  @Test
  void aTypeWithoutSchemaDefStaysInlineAndNoDialectIsWrittenUnlessAsked() throws IOException {
    JavaFileObject plain = JavaFileObjects.forSourceString("schema.Plain", """
        package schema;
        import dev.mcpapt.annotations.*;
        public class Plain {
          public record Point(int x, int y) {}
          /** Moves. */
          @Tool public String move(Point to, @Param(required = false) String label) { return ""; }
        }
        """);
    Compilation compilation = Compilations.withProcessors().compile(plain);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode input = tools(compilation, "schema.Plain").get(0).get("inputSchema");
    assertFalse(input.has("$schema"));
    assertFalse(input.has("$defs"));
    // required = false: may be left out, but null is not a string
    assertEquals(JSON.readTree("{\"type\":\"string\"}"), input.path("properties").get("label"));
    assertEquals(JSON.readTree("[\"to\"]"), input.get("required"));
  }

  @Test
  void generatesTheRuleChecksBeforeTheCall() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(CONTACTS);
    String source = compilation.generatedSourceFile("schema.Contacts_McpFactory").orElseThrow()
        .getCharContent(true).toString();
    assertTrue(source.contains("ArgumentRules.atLeastOneOf(args, List.of(\"phone\", \"email\"), problems);"), source);
    assertTrue(source.contains("ArgumentRules.requiredWhen(args, \"method\", VALUE_0,"
        + " List.of(\"phone\"), List.of(\"email\"), problems);"), source);
    assertTrue(source.indexOf("ArgumentRules.atLeastOneOf") < source.indexOf("problems.throwIfAny()"), source);
  }

  @Test
  void generatedSourceCompilesWithAllLintWarningsAsErrors() {
    Compilation generated = Compilations.withProcessors().compile(CONTACTS);
    List<JavaFileObject> sources = new ArrayList<>(generated.generatedSourceFiles());
    sources.add(CONTACTS);
    assertThat(Compilations.withoutProcessors().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources))
        .succeededWithoutWarnings();
  }

  // ---------------------------------------------------------------- compile-time errors

  private static Compilation failing(String body) {
    JavaFileObject source = JavaFileObjects.forSourceString("bad.Rules", "package bad;\n"
        + "import dev.mcpapt.annotations.*;\n"
        + "import java.util.Optional;\n"
        + "public class Rules {\n"
        + "  public enum Kind { A, B }\n"
        + body
        + "}\n");
    Compilation compilation = Compilations.withProcessors().compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    return compilation;
  }

  private static void assertError(Compilation c, Diagnostic d, String line, String text) {
    assertThat(c).hadErrorContaining(d.tag()).inFile(c.sourceFiles().get(0)).onLineContaining(line);
    assertThat(c).hadErrorContaining(text);
    assertThat(c).hadErrorContaining(d.link());
  }

  @Test
  @Covers(Diagnostic.McpUnknownRuleArgument)
  void anUnknownArgumentNameIsReportedWithTheNamesThereAre() {
    Compilation c = failing("""
          /** T. */ @Tool
          @AtLeastOneOf({"phone", "mail"})
          public String t(Optional<String> phone, Optional<String> email) { return ""; }
        """);
    assertError(c, Diagnostic.McpUnknownRuleArgument, "@AtLeastOneOf({\"phone\", \"mail\"})",
        "names \"mail\", which is not an argument of the tool; name one of its arguments: phone, email.");
  }

  @Test
  @Covers(Diagnostic.McpInvalidRuleValue)
  void aValueOfTheWrongTypeIsReported() {
    Compilation c = failing("""
          /** T. */ @Tool
          @RequiredWhen(param = "kind", is = "C", require = "note")
          public String t(Kind kind, Optional<String> note) { return ""; }
        """);
    assertError(c, Diagnostic.McpInvalidRuleValue, "is = \"C\"", "expected one of A, B");
    Compilation number = failing("""
          /** T. */ @Tool
          @RequiredWhen(param = "count", is = "many", require = "note")
          public String t(int count, Optional<String> note) { return ""; }
        """);
    assertError(number, Diagnostic.McpInvalidRuleValue, "is = \"many\"", "can never match argument \"count\"");
  }

  @Test
  @Covers(Diagnostic.McpInvalidSchemaRule)
  void aRuleThatCannotMatterIsReported() {
    Compilation always = failing("""
          /** T. */ @Tool
          @AtLeastOneOf({"phone", "email"})
          public String t(String phone, Optional<String> email) { return ""; }
        """);
    assertError(always, Diagnostic.McpInvalidSchemaRule, "@AtLeastOneOf",
        "argument \"phone\" is always required, so this never matters; make it Optional, @Nullable or"
            + " @Param(required = false)");
    Compilation one = failing("""
          /** T. */ @Tool
          @AtLeastOneOf("phone")
          public String t(Optional<String> phone) { return ""; }
        """);
    assertError(one, Diagnostic.McpInvalidSchemaRule, "@AtLeastOneOf(\"phone\")", "name two or more");
    Compilation nothing = failing("""
          /** T. */ @Tool
          @RequiredWhen(param = "kind", is = "A")
          public String t(Kind kind) { return ""; }
        """);
    assertError(nothing, Diagnostic.McpInvalidSchemaRule, "@RequiredWhen", "it requires nothing");
    Compilation object = failing("""
          /** T. */ @Tool
          @RequiredWhen(param = "tags", is = "x", require = "note")
          public String t(java.util.List<String> tags, Optional<String> note) { return ""; }
        """);
    assertError(object, Diagnostic.McpInvalidSchemaRule, "param = \"tags\"", "cannot be compared with a value");
  }

  @Test
  @Covers(Diagnostic.McpInvalidSchemaDef)
  void badDefNamesAndAnchorsAreReportedOnTheType() {
    Compilation name = failing("""
          @SchemaDef(name = "a/b") public record P(int x) {}
          /** T. */ @Tool public String t(P p) { return ""; }
        """);
    assertError(name, Diagnostic.McpInvalidSchemaDef, "name = \"a/b\"", "must be letters, digits");
    Compilation anchor = failing("""
          @SchemaDef(anchor = "1st") public record P(int x) {}
          /** T. */ @Tool public String t(P p) { return ""; }
        """);
    assertError(anchor, Diagnostic.McpInvalidSchemaDef, "anchor = \"1st\"", "must start with a letter or '_'");
    Compilation twice = failing("""
          @SchemaDef(name = "point") public record P(int x) {}
          @SchemaDef(name = "point") public record Q(int y) {}
          /** T. */ @Tool public String t(P p, Q q) { return ""; }
        """);
    assertError(twice, Diagnostic.McpInvalidSchemaDef, "public record Q", "is already the $defs name of bad.Rules.P");
  }

  @Test
  @Covers(Diagnostic.McpInvalidSchemaDialect)
  void onlyTheDialectWrittenCanBeDeclared() {
    Compilation c = failing("""
          /** T. */ @Tool
          @SchemaDialect("http://json-schema.org/draft-07/schema#")
          public String t() { return ""; }
        """);
    assertError(c, Diagnostic.McpInvalidSchemaDialect, "draft-07",
        "remove the value to declare https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  @Covers(Diagnostic.McpOmittedPrimitive)
  void aPrimitiveCannotBeLeftOut() {
    Compilation c = failing("""
          /** T. */ @Tool
          public String t(@Param(required = false) int limit) { return ""; }
        """);
    assertError(c, Diagnostic.McpOmittedPrimitive, "int limit", "use java.lang.Integer, or give a defaultValue");
  }
}
