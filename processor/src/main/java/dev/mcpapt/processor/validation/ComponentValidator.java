package dev.mcpapt.processor.validation;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.ComponentModel;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Every check of an annotated class after its model is built: the class itself (generated code
 * must reach it), then one validator per concern ({@link TypeValidator}, {@link ToolValidator},
 * {@link FeatureValidator}, {@link WidgetValidator}), and the values written in annotations against
 * the model's types ({@link DefaultValueValidator}; the {@code @RequiredWhen} values,
 * by the tool validator).
 */
public final class ComponentValidator {
  private ComponentValidator() {}

  public static void validate(ComponentModel model, Report report) {
    TypeElement type = model.element();
    validateClass(type, report);
    TypeValidator.validate(model, report);
    ToolValidator.validate(model, report);
    FeatureValidator.validate(model, report);
    WidgetValidator.validate(model, report);
    DefaultValueValidator.validate(model, report);
  }

  private static void validateClass(TypeElement type, Report report) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        report.error(Diagnostic.McpClassNotPublic, type, type.getQualifiedName(), e.getSimpleName());
        break;
      }
    }
    if (type.getNestingKind().isNested() && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(Diagnostic.McpInnerClass, type, type.getQualifiedName());
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(Diagnostic.McpGenericClass, type, type.getQualifiedName());
    }
  }
}
