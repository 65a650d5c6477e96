package dev.mcpapt.processor;

import com.google.auto.service.AutoService;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.names.AnnotationNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The mcp-apt processor: per annotated class, tool descriptors, JSON Schemas, generated
 * validation and dispatch. It is isolating: every file it writes comes from one class.
 *
 * <ol>
 *   <li>Each round, every {@link ProcessingStep} collects the classes its annotations appear in.
 *   <li>A step validates each class and reports every error at the element and annotation value
 *       concerned.
 *   <li>It builds an immutable model of a clean class, and writes the generated source and the
 *       descriptor file from that model only.
 *   <li>When processing ends, classes still waiting for types are reported.
 * </ol>
 *
 * The services index ({@code META-INF/services}) is written by {@link McpServicesProcessor},
 * which is aggregating. No exception escapes to javac: a failure becomes an error with its stack
 * trace.
 */
@AutoService(Processor.class)
public final class McpProcessor extends AbstractProcessor {
  private List<ProcessingStep> steps = List.of();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    steps = List.of(new ComponentStep(processingEnv), new SkillStep(processingEnv));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>();
    steps.forEach(s -> types.addAll(s.annotations()));
    return types.isEmpty() ? AnnotationNames.COMPONENT : types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      for (ProcessingStep step : steps) {
        if (round.processingOver()) {
          step.finish();
        } else {
          step.process(round);
        }
      }
    } catch (RuntimeException | LinkageError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Kind.ERROR,
          Diagnostic.McpProcessorFailure.format("this compilation", trace));
    }
    // Never claim the annotations: other processors may want them too.
    return false;
  }
}
