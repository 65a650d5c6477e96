package dev.mcpapt.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpapt.processor.Compilations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Building the model checks nothing: a class full of mistakes still gets its complete model, with
 * each mistake kept where it is, for the validators to report.
 */
class ModelAsWrittenTest {
  /** Builds the model of every class with a {@code @Tool}, and nothing else. */
  private static final class ModelOnly extends AbstractProcessor {
    final List<ComponentModel> models = new ArrayList<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.mcpapt.annotations.Tool");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      ComponentModelFactory factory =
          new ComponentModelFactory(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), processingEnv.getFiler());
      for (TypeElement annotation : annotations) {
        for (Element method : round.getElementsAnnotatedWith(annotation)) {
          TypeElement type = (TypeElement) method.getEnclosingElement();
          if (models.stream().noneMatch(m -> m.element().equals(type))) {
            models.add(factory.create(type));
          }
        }
      }
      return false;
    }
  }

  @Test
  void mistakesStayInTheModel() {
    ModelOnly probe = new ModelOnly();
    Compilation compilation = Compilations.Tool.JAVAC.compiler(List.of(probe)).compile(JavaFileObjects.forSourceString(
        "m.Bad", """
            package m;

            import dev.mcpapt.annotations.Param;
            import dev.mcpapt.annotations.Prompt;
            import dev.mcpapt.annotations.Resource;
            import dev.mcpapt.annotations.Tool;

            public class Bad {
              @Tool
              public String pick(Object thing, @Param(name = "thing") String other) { return ""; }

              @Tool
              public java.util.Optional<String> maybe() { return java.util.Optional.empty(); }

              @Resource(uri = "no scheme")
              public int count() { return 0; }

              @Prompt
              public String ask(java.util.List<String> topics) { return ""; }
            }
            """));
    assertTrue(compilation.errors().isEmpty(), () -> Compilations.messages(compilation).toString());
    assertEquals(1, probe.models.size());
    ComponentModel model = probe.models.get(0);

    ToolModel pick = model.tools().get(0);
    assertEquals(List.of("thing", "thing"), pick.arguments().stream().map(ParameterModel::jsonName).toList());
    JsonType.UnsupportedType object = assertInstanceOf(JsonType.UnsupportedType.class, pick.arguments().get(0).value().type());
    assertEquals("parameter thing of pick", object.problem().where());
    assertTrue(object.problem().reason().startsWith("Object has no schema"), object.problem().reason());

    ToolModel maybe = model.tools().get(1);
    assertTrue(maybe.result().unsupported().reason().startsWith("Optional results are not supported"));

    FeaturesModel.Resource count = model.features().resources().get(0);
    assertEquals("no scheme", count.uri());
    assertNull(count.contents());
    FeaturesModel.Prompt ask = model.features().prompts().get(0);
    assertNull(ask.method().params().get(0).kind());
  }
}
