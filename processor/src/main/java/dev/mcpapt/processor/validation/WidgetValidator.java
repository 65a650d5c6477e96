package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.read.OutputTemplateAnnotation;
import dev.mcpapt.processor.read.ToolAnnotation;
import dev.mcpapt.processor.read.UiUri;
import dev.mcpapt.processor.read.WidgetAccessibleAnnotation;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The rules of {@code @OutputTemplate} and {@code @WidgetAccessible} that do not need the widget's
 * document: they go on a {@code @Tool}, a widget URI is {@code ui://<host>/<path>}, and a tool
 * that must run as a task cannot be called from a widget.
 */
public final class WidgetValidator {
  private WidgetValidator() {}

  public static void validate(TypeElement type, Report report) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean tool = ToolAnnotation.read(method).isPresent();
      WidgetAccessibleAnnotation.read(method).ifPresent(w -> {
        if (!tool) {
          report.error(Diagnostic.McpWidgetAccessibleWithoutTool, method, w.mirror(), null, method.getSimpleName());
        } else if (ToolAnnotation.read(method).orElseThrow().task().equals("REQUIRED")) {
          report.error(Diagnostic.McpTaskRequiredWidgetAccessible, method, w.mirror(), null, method.getSimpleName());
        }
      });
      OutputTemplateAnnotation.read(method).ifPresent(o -> {
        if (!tool) {
          report.error(Diagnostic.McpOutputTemplateWithoutTool, method, o.mirror(), null, method.getSimpleName());
          return;
        }
        String problem = UiUri.problem(o.uri());
        if (problem != null) {
          report.error(Diagnostic.McpInvalidTemplateUri, method, o.mirror(), o.uriValue(), o.uri(), problem);
        }
      });
    }
  }
}
