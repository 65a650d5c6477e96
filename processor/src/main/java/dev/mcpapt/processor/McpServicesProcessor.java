package dev.mcpapt.processor;

import com.google.auto.service.AutoService;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.model.TypeModelFactory;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.read.ToolAnnotation;
import dev.mcpapt.processor.validation.ToolValidator;
import dev.mcpapt.processor.names.GeneratedNames;
import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The aggregating half: it sees every annotated class of the compilation, so it
 *
 * <ol>
 *   <li>registers every generated factory in
 *       {@code META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory} (sorted, written once
 *       when processing ends), and
 *   <li>reports tool names used by two classes ({@code McpDuplicateToolName}); names repeated
 *       within one class are reported by {@link McpProcessor}.
 * </ol>
 *
 * It is separate so that {@link McpProcessor} stays isolating for Gradle.
 */
@AutoService(Processor.class)
public final class McpServicesProcessor extends AbstractProcessor {
  private final Set<String> factories = new TreeSet<>();
  /** Tool name → the first method that uses it, across classes. */
  private final Map<String, ExecutableElement> toolNames = new TreeMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return AnnotationNames.MEMBERS;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        writeServices();
      } else {
        collect(round);
      }
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Kind.ERROR,
          Diagnostic.McpProcessorFailure.format("the services index", trace));
    }
    return false;
  }

  private void collect(RoundEnvironment round) {
    Map<String, TypeElement> classes = new TreeMap<>();
    for (Element e : ProcessingStep.annotatedWithAny(processingEnv.getElementUtils(), round, AnnotationNames.MEMBERS)) {
      if (e.getEnclosingElement() instanceof TypeElement type) {
        classes.put(type.getQualifiedName().toString(), type);
      }
    }
    for (TypeElement type : classes.values()) {
      factories.add(GeneratedNames.factory(ClassName.get(type)).reflectionName());
      checkToolNames(type);
    }
  }

  private void checkToolNames(TypeElement type) {
    for (Element e : type.getEnclosedElements()) {
      if (!(e instanceof ExecutableElement method)) {
        continue;
      }
      ToolAnnotation.read(method).ifPresent(tool -> {
        String name = tool.name().isEmpty() ? TypeModelFactory.snakeCase(method.getSimpleName().toString()) : tool.name();
        if (!ToolValidator.TOOL_NAME.matcher(name).matches()) {
          return;
        }
        // Elements are compared with equals: ecj makes a new element object on every call.
        ExecutableElement previous = toolNames.putIfAbsent(name, method);
        if (previous != null && !previous.getEnclosingElement().equals(type)) {
          TypeElement other = (TypeElement) previous.getEnclosingElement();
          String message = Diagnostic.McpDuplicateToolName.format(
              name, other.getQualifiedName() + "." + previous.getSimpleName() + "()");
          if (tool.nameValue() != null) {
            processingEnv.getMessager().printMessage(Kind.ERROR, message, method, tool.mirror(), tool.nameValue());
          } else {
            processingEnv.getMessager().printMessage(Kind.ERROR, message, method, tool.mirror());
          }
        }
      });
    }
  }

  private void writeServices() {
    if (factories.isEmpty()) {
      return;
    }
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", GeneratedNames.SERVICES_FILE);
      try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        for (String factory : factories) {
          w.write(factory);
          w.write('\n');
        }
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Kind.ERROR,
          Diagnostic.McpProcessorFailure.format("the services index", "cannot write " + GeneratedNames.SERVICES_FILE + ": " + e));
    }
  }
}
