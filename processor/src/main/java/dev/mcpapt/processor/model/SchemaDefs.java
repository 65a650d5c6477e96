package dev.mcpapt.processor.model;

import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.NamedType.SchemaDefModel;
import dev.mcpapt.processor.read.SchemaAnnotations;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** {@code @SchemaDef} on a named type: checked, then kept on its model for the schema writer. */
final class SchemaDefs {
  /** A {@code $defs} key that needs no escaping in a JSON Pointer or a URI fragment. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  /** JSON Schema 2020-12's {@code $anchor} syntax (an XML NCName without colons). */
  private static final Pattern ANCHOR = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private SchemaDefs() {}

  /** {@code model} with its {@code @SchemaDef}, if {@code element} has a valid one. */
  static NamedType apply(NamedType model, TypeElement element, Report report) {
    Optional<SchemaAnnotations.Def> found = SchemaAnnotations.def(element);
    if (found.isEmpty()) {
      return model;
    }
    SchemaAnnotations.Def def = found.get();
    String name = def.name().isEmpty() ? String.join(".", model.name().simpleNames()) : def.name();
    if (!NAME.matcher(name).matches()) {
      report.error(Diagnostic.McpInvalidSchemaDef, element, def.mirror(), def.nameValue(), element.getSimpleName(),
          "name \"" + name + "\" must be letters, digits, '_', '.' and '-' (so that #/$defs/" + name
              + " needs no escaping), e.g. \"address\"");
      return model;
    }
    String anchor = def.anchor().isEmpty() ? null : def.anchor();
    if (def.anchorValue() != null && (anchor == null || !ANCHOR.matcher(anchor).matches())) {
      report.error(Diagnostic.McpInvalidSchemaDef, element, def.mirror(), def.anchorValue(), element.getSimpleName(),
          "anchor \"" + def.anchor() + "\" must start with a letter or '_' and go on with letters, digits, '_', '.'"
              + " and '-', e.g. \"addressDef\"");
      return model;
    }
    return model.withDef(new SchemaDefModel(name, anchor));
  }

  /** Reports types of one class that share a {@code $defs} name; one of them would hide the other. */
  static void checkUnique(Map<ClassName, NamedType> types, Elements elements, Report report) {
    Map<String, ClassName> seen = new HashMap<>();
    for (NamedType type : types.values()) {
      if (type.def() == null) {
        continue;
      }
      ClassName other = seen.putIfAbsent(type.def().name(), type.name());
      TypeElement element = elements.getTypeElement(type.name().canonicalName());
      if (other != null && element != null) {
        SchemaAnnotations.Def def = SchemaAnnotations.def(element).orElseThrow();
        report.error(Diagnostic.McpInvalidSchemaDef, element, def.mirror(), def.nameValue(), element.getSimpleName(),
            "its name \"" + type.def().name() + "\" is already the $defs name of " + other.canonicalName()
                + "; give one of them another name");
      }
    }
  }
}
