package dev.mcpapt.processor.model;

import dev.mcpapt.processor.model.NamedType.SchemaDefModel;
import dev.mcpapt.processor.read.SchemaAnnotations;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * {@code @SchemaDef} on a named type, kept on its model for the schema writer (and checked by
 * {@code validation.TypeValidator}).
 */
final class SchemaDefs {
  private SchemaDefs() {}

  /** {@code model} with its {@code @SchemaDef} as written, if {@code element} has one. */
  static NamedType apply(NamedType model, TypeElement element) {
    Optional<SchemaAnnotations.Def> found = SchemaAnnotations.def(element);
    if (found.isEmpty()) {
      return model;
    }
    SchemaAnnotations.Def def = found.get();
    String name = def.name().isEmpty() ? String.join(".", model.name().simpleNames()) : def.name();
    return model.withDef(new SchemaDefModel(name, def.anchor().isEmpty() ? null : def.anchor(), element, def));
  }
}
