package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpapt.processor.diag.Diagnostic;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One failing compile per diagnostic of resources, templates, prompts and completions. */
class FeatureDiagnosticTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        row(Diagnostic.McpMultipleMemberKinds, "public String both()", "a method is one kind of member"),
        row(Diagnostic.McpMemberGenericMethod, "public <T> String generic()", "@Prompt method generic must not declare"),
        row(Diagnostic.McpInvalidResourceUri, "uri = \"no scheme here\"", "is not a valid absolute URI"),
        row(Diagnostic.McpDuplicateResourceUri, "title = \"second\"", "already used by a()"),
        row(Diagnostic.McpInvalidUriTemplate, "uriTemplate = \"x://items/{id\"", "unclosed '{' at index 10"),
        row(Diagnostic.McpDuplicateResourceTemplate, "title = \"second\"", "already used by a()"),
        row(Diagnostic.McpUnboundTemplateVariable, "uriTemplate = \"x://users/{user}/items/{id}\"",
            "Variable {user} of template"),
        row(Diagnostic.McpUnboundTemplateParameter, "public String item(String id, String extra)",
            "Parameter extra of McpUnboundTemplateParameter.item() is not a variable"),
        row(Diagnostic.McpMemberParameterType, "public String ask(java.util.List<String> topics)",
            "prompt arguments are text"),
        row(Diagnostic.McpMemberReturnType, "public int count()", "a resource method returns String"),
        row(Diagnostic.McpInvalidPromptName, "name = \"bad name!\"", "Prompt name \"bad name!\" is invalid"),
        row(Diagnostic.McpDuplicatePromptName, "title = \"second\"", "Prompt name \"ask\" is already used by a()"),
        row(Diagnostic.McpInvalidCompleteTarget, "@Complete(prompt = \"p\"", "exactly one of prompt and resourceTemplate"),
        row(Diagnostic.McpUnknownCompletionArgument, "argument = \"subject\"", "it has: topic"),
        row(Diagnostic.McpDuplicateCompletion, "argument = \"topic\", prompt", "a() and b() both complete"));
  }

  static Arguments row(Diagnostic diagnostic, String line, String text) {
    return Arguments.of(diagnostic, line, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheErrorAtTheElement(Diagnostic diagnostic, String line, String text) {
    DiagnosticTest.assertReported(Compilations.Tool.JAVAC, diagnostic, line, text);
  }

  @Test
  void aPromptArgumentDefaultIsAJsonString() {
    JavaFileObject source = JavaFileObjects.forSourceString("bad.PromptDefault", """
        package bad;

        import dev.mcpapt.annotations.Param;
        import dev.mcpapt.annotations.Prompt;

        public class PromptDefault {
          @Prompt
          public String ask(@Param(defaultValue = "42") String topic) {
            return topic;
          }
        }
        """);
    Compilation compilation = Compilations.withProcessors().compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.McpInvalidDefault.tag()).inFile(source)
        .onLineContaining("defaultValue = \"42\"");
    assertThat(compilation).hadErrorContaining("its default is a JSON string");
  }

  @Test
  void reportsEveryProblemOfAClassAtOnce() {
    JavaFileObject source = JavaFileObjects.forSourceString("bad.Many", """
        package bad;

        import dev.mcpapt.annotations.Prompt;
        import dev.mcpapt.annotations.Resource;
        import dev.mcpapt.annotations.ResourceTemplate;

        public class Many {
          @Resource(uri = "relative/path")
          public String a() {
            return "";
          }

          @ResourceTemplate(uriTemplate = "x://{id}")
          public String b(String other) {
            return "";
          }

          @Prompt
          public int c() {
            return 1;
          }
        }
        """);
    Compilation compilation = Compilations.withProcessors().compile(source);
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining(Diagnostic.McpInvalidResourceUri.tag());
    assertThat(compilation).hadErrorContaining(Diagnostic.McpUnboundTemplateParameter.tag());
    assertThat(compilation).hadErrorContaining(Diagnostic.McpUnboundTemplateVariable.tag());
    assertThat(compilation).hadErrorContaining(Diagnostic.McpMemberReturnType.tag());
  }
}
