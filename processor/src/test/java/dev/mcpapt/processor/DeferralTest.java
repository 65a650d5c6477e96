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

/** A tool may use a type another processor generates in a later round. */
class DeferralTest {
  /** Writes {@code gen.Payload} in the first round, as a code generator would. */
  static final class PayloadProcessor extends AbstractProcessor {
    private boolean done;

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
        try (Writer w = processingEnv.getFiler().createSourceFile("gen.Payload").openWriter()) {
          w.write("package gen;\n\n/** @param text the text */\npublic record Payload(String text) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void typesGeneratedInALaterRoundAreWaitedFor() {
    Compilation compilation = Compilations.withProcessors()
        .withProcessors(new PayloadProcessor(), new McpProcessor(), new McpServicesProcessor())
        .compile(JavaFileObjects.forResource("good/UsesGenerated.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("good.UsesGenerated_McpFactory").isNotNull();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/good.UsesGenerated.json")
        .contentsAsUtf8String().contains("\"text\"");
  }
}
