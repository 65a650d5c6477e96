package dev.mcpapt.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * A processor with no work of its own, for the compile-time floor: for each class with
 * {@code @Tool} methods it writes the files the mcp-apt processor wrote for it, read beforehand
 * ({@code <class>_McpFactory.java}, the class's files under {@code META-INF/mcp/}, and at the end
 * the service file), or, given
 * no sources, an empty class of the same name. What javac then takes over plain javac is what
 * those files cost it, whatever processor writes them.
 */
@SupportedAnnotationTypes("dev.mcpapt.annotations.Tool")
final class ReplayProcessor extends AbstractProcessor {
  private final Map<String, String> sources;
  private final Map<String, String> resources;

  /**
   * @param sources the generated sources by type name, or empty for empty classes
   * @param resources the generated resources by path under the class output
   */
  ReplayProcessor(Map<String, String> sources, Map<String, String> resources) {
    this.sources = sources;
    this.resources = resources;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> classes = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      for (Element method : round.getElementsAnnotatedWith(annotation)) {
        classes.add((TypeElement) method.getEnclosingElement());
      }
    }
    Filer filer = processingEnv.getFiler();
    try {
      if (round.processingOver()) {
        // The service file, written last, as the mcp-apt processor does.
        for (Map.Entry<String, String> r : resources.entrySet()) {
          if (r.getKey().startsWith("META-INF/services/")) {
            try (Writer w = filer.createResource(StandardLocation.CLASS_OUTPUT, "", r.getKey()).openWriter()) {
              w.write(r.getValue());
            }
          }
        }
        return false;
      }
      for (TypeElement type : classes) {
        String name = type.getQualifiedName() + "_McpFactory";
        String source = sources.isEmpty()
            ? "package " + processingEnv.getElementUtils().getPackageOf(type).getQualifiedName() + ";\n\nfinal class "
                + type.getSimpleName() + "_McpFactory {}\n"
            : sources.get(name);
        try (Writer w = filer.createSourceFile(name, type).openWriter()) {
          w.write(source);
        }
        for (Map.Entry<String, String> r : resources.entrySet()) {
          if (r.getKey().startsWith("META-INF/mcp/" + type.getQualifiedName() + ".")) {
            try (Writer w = filer.createResource(StandardLocation.CLASS_OUTPUT, "", r.getKey(), type).openWriter()) {
              w.write(r.getValue());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
