package dev.mcpapt.processor.widget;

import dev.mcpapt.processor.widget.WidgetModel.Template;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * The widget annotations of one {@code @Tool} method as written, with what was loaded for them:
 * what {@code validation.WidgetValidator} checks. Writers read {@link WidgetModel} only.
 *
 * @param outputTemplate the {@code @OutputTemplate}, or null
 * @param template the widget it declares, or null without one or when its {@code ui://} URI is
 *     malformed
 * @param invoking the status text while running as written, or empty
 * @param invoked the status text once done as written, or empty
 * @param domain the {@code domain} as written (trimmed), or empty
 * @param cspOrigins every origin written in {@code csp}, by member
 * @param html the HTML loaded from {@code template.htmlPath()}, or null if it was not found
 * @param bridgeScript the widget bridge read from the class path, or null if it is missing or the
 *     template does not want it
 */
public record WidgetDeclaration(
    ExecutableElement method,
    AnnotationMirror outputTemplate,
    Template template,
    String invoking,
    String invoked,
    String domain,
    List<CspOrigin> cspOrigins,
    String html,
    String bridgeScript) {

  /** One origin of {@code @OutputTemplate(csp)}: {@code member} is {@code connect}, {@code resource}, .... */
  public record CspOrigin(String member, String origin) {}
}
