package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** A tool, a feature or a widget may use a type another processor generates in a later round. */
class DeferralTest {
  /** Writes one source file in the first round, as a code generator would. */
  static final class GeneratingProcessor extends AbstractProcessor {
    private final String name;
    private final String source;
    private boolean done;

    GeneratingProcessor(String name, String source) {
      this.name = name;
      this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          w.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static Compilation compileAfter(String name, String source, String input) {
    return Compilations.withProcessors()
        .withProcessors(new GeneratingProcessor(name, source), new McpProcessor(), new McpServicesProcessor())
        .compile(JavaFileObjects.forResource(input));
  }

  @Test
  void typesGeneratedInALaterRoundAreWaitedFor() {
    Compilation compilation = compileAfter("gen.Payload",
        "package gen;\n\n/** @param text the text */\npublic record Payload(String text) {}\n", "good/UsesGenerated.java");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("good.UsesGenerated_McpFactory").isNotNull();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/good.UsesGenerated.json")
        .contentsAsUtf8String().contains("\"text\"");
  }

  /** A resource whose URI is a constant of a class generated in a later round. */
  @Test
  void featuresWaitForTypesGeneratedInALaterRound() {
    Compilation compilation = compileAfter("gen.Uris",
        "package gen;\n\npublic final class Uris {\n  public static final String README = \"docs://readme\";\n}\n",
        "good/UsesGeneratedUri.java");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/good.UsesGeneratedUri.json")
        .contentsAsUtf8String().contains("\"uri\": \"docs://readme\"");
  }

  /** A widget whose {@code ui://} URI is a constant of a class generated in a later round. */
  @Test
  void widgetsWaitForTypesGeneratedInALaterRound() {
    Compilation compilation = compileAfter("gen.Widgets",
        "package gen;\n\npublic final class Widgets {\n  public static final String BOARD = \"ui://board/board.html\";\n}\n",
        "good/UsesGeneratedWidget.java");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/good.UsesGeneratedWidget.widgets.json")
        .contentsAsUtf8String().contains("ui://board/board.html");
  }
}
