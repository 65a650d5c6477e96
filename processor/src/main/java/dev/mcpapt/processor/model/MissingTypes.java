package dev.mcpapt.processor.model;

import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.read.Mirrors;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Finds what another processor has not generated yet in the members of a class, before any part
 * of the class is read: a type in a member's signature, or a value of one of our annotations (a
 * constant of a generated class, a class literal). Tools, resources, templates, prompts,
 * completions and widgets are all waited for the same way; the types a tool reaches through its
 * records and beans are checked as the model reaches them ({@link TypeModelFactory}).
 */
final class MissingTypes {
  private MissingTypes() {}

  /** Throws {@link MissingTypeException} for the first missing type of a member of {@code type}. */
  static void check(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<? extends AnnotationMirror> ours = method.getAnnotationMirrors().stream()
          .filter(m -> AnnotationNames.COMPONENT.contains(Mirrors.typeName(m)))
          .toList();
      if (ours.isEmpty()) {
        continue;
      }
      for (AnnotationMirror m : ours) {
        m.getElementValues().forEach((name, value) -> checkValue(value, m, name.getSimpleName().toString()));
      }
      checkType(method.getReturnType());
      for (VariableElement p : method.getParameters()) {
        checkType(p.asType());
        for (AnnotationMirror m : p.getAnnotationMirrors()) {
          if (m.getAnnotationType().getKind() == TypeKind.ERROR) {
            throw new MissingTypeException(m.getAnnotationType().toString());
          }
          m.getElementValues().forEach((name, value) -> checkValue(value, m, name.getSimpleName().toString()));
        }
      }
    }
  }

  private static void checkType(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR -> throw new MissingTypeException(type.toString());
      case ARRAY -> checkType(((ArrayType) type).getComponentType());
      case DECLARED -> ((DeclaredType) type).getTypeArguments().forEach(MissingTypes::checkType);
      case WILDCARD -> {
        WildcardType w = (WildcardType) type;
        if (w.getExtendsBound() != null) {
          checkType(w.getExtendsBound());
        }
        if (w.getSuperBound() != null) {
          checkType(w.getSuperBound());
        }
      }
      default -> {
        // primitives, void, type variables: nothing to wait for
      }
    }
  }

  /**
   * javac gives a value it could not resolve (a constant of a class not generated yet) as the
   * string {@code <error>} (no annotation of ours has a use for that text), and a missing class
   * literal as an error type.
   */
  private static void checkValue(AnnotationValue value, AnnotationMirror annotation, String name) {
    value.accept(new SimpleAnnotationValueVisitor14<Void, Void>() {
      @Override
      public Void visitString(String s, Void unused) {
        if ("<error>".equals(s)) {
          throw new MissingTypeException(Mirrors.simpleName(annotation) + "(" + name + ")");
        }
        return null;
      }

      @Override
      public Void visitType(TypeMirror t, Void unused) {
        checkType(t);
        return null;
      }

      @Override
      public Void visitArray(List<? extends AnnotationValue> values, Void unused) {
        values.forEach(v -> checkValue(v, annotation, name));
        return null;
      }
    }, null);
  }
}
