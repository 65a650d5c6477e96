package dev.mcpapt.processor.validation;

import com.palantir.javapoet.ClassName;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.MisplacedConstraint;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.PropertyModel;
import dev.mcpapt.processor.model.Unsupported;
import dev.mcpapt.processor.model.ValueModel;
import dev.mcpapt.processor.read.ParamAnnotation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The rules of the types the tools use, on their model: every use the generated code cannot
 * convert ({@link JsonType.UnsupportedType}), constraints written where they cannot apply, and
 * of each record, bean and sealed interface its property names, {@code @Param} on its properties,
 * its variants and discriminator, and its {@code @SchemaDef}.
 *
 * <p>A problem of a named type is reported once, on the element of the tool that first uses it.
 */
final class TypeValidator {
  /** A {@code $defs} key that needs no escaping in a JSON Pointer or a URI fragment. */
  private static final Pattern DEF_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  /** JSON Schema 2020-12's {@code $anchor} syntax (an XML NCName without colons). */
  private static final Pattern ANCHOR = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private TypeValidator() {}

  static void validate(ComponentModel model, Report report) {
    Map<String, ClassName> defs = new HashMap<>();
    for (NamedType type : model.types().values()) {
      if (type instanceof NamedType.ObjectModel o) {
        object(o, report);
      } else if (type instanceof NamedType.SealedModel s) {
        sealed(s, model.types(), report);
      }
      if (type.def() != null && def(type.def(), report)) {
        ClassName other = defs.putIfAbsent(type.def().name(), type.name());
        if (other != null) {
          TypeElement element = type.def().element();
          report.error(Diagnostic.McpInvalidSchemaDef, element, type.def().annotation().mirror(),
              type.def().annotation().nameValue(), element.getSimpleName(),
              "its name \"" + type.def().name() + "\" is already the $defs name of " + other.canonicalName()
                  + "; give one of them another name");
        }
      }
    }
  }

  /**
   * Reports what is wrong with one use of a type: a type in it the generated code cannot convert
   * (down to the items of collections and maps; named types are checked on their own) and the
   * constraint annotations that cannot apply to it.
   */
  static void use(ValueModel value, Report report) {
    for (MisplacedConstraint m : value.misplaced()) {
      report.error(Diagnostic.McpConstraintMismatch, m.element(), m.constraint().mirror(), null,
          m.constraint().simpleName(), m.where(), m.type());
    }
    JsonType type = value.type();
    if (type instanceof JsonType.UnsupportedType u) {
      Unsupported problem = u.problem();
      report.error(Diagnostic.McpUnsupportedType, problem.element(), problem.where(), problem.type(), problem.reason());
    } else if (type instanceof JsonType.ArrayType a) {
      use(a.element(), report);
    } else if (type instanceof JsonType.MapType m) {
      use(m.value(), report);
    }
  }

  /**
   * {@code @Param(required = false)} on {@code value} without a default: a primitive has no value
   * for "absent". Reported on {@code element}, the use named {@code where}.
   */
  static void omittable(ParamAnnotation param, ValueModel value, String defaultJson, Element element, String where,
      Report report) {
    if (defaultJson == null && !value.nullable() && param.omittable()
        && value.type() instanceof JsonType.ScalarType s && s.isPrimitive()) {
      report.error(Diagnostic.McpOmittedPrimitive, element, param.mirror(), param.requiredValue(), where,
          s.javaType(), s.javaType().box());
    }
  }

  private static void object(NamedType.ObjectModel o, Report report) {
    Set<String> names = new HashSet<>();
    for (PropertyModel p : o.properties()) {
      use(p.value(), report);
      boolean unsupported = p.value().type() instanceof JsonType.UnsupportedType;
      ParamAnnotation param = p.param();
      if (param != null && param.hasHeader()) {
        // header is for top-level tool parameters only (the statically reachable rule kept simple)
        report.error(Diagnostic.McpInvalidHeader, p.element(), param.mirror(), param.headerValue(), param.header(),
            o.kind() == NamedType.ObjectModel.Kind.RECORD ? o.name().simpleName() + "." + p.javaName() : p.javaName(),
            "header is allowed only on a parameter of a @Tool method");
      }
      if (param != null && !unsupported) {
        omittable(param, p.value(), p.defaultJson(), p.element(), p.where(), report);
      }
      if (!unsupported && !names.add(p.jsonName())) {
        report.error(Diagnostic.McpDuplicateName, o.usedAt(), p.jsonName(), o.name().simpleName());
      }
    }
  }

  private static void sealed(NamedType.SealedModel s, Map<ClassName, NamedType> types, Report report) {
    String name = s.name().canonicalName();
    for (String other : s.otherSubtypes()) {
      report.error(Diagnostic.McpSealedVariant, s.usedAt(), name, other);
    }
    Set<String> tags = new HashSet<>();
    for (NamedType.SealedModel.Variant v : s.variants()) {
      if (!tags.add(v.tag())) {
        report.error(Diagnostic.McpDiscriminatorClash, s.usedAt(), name,
            "two permitted records use the discriminator value \"" + v.tag() + "\"; set distinct @JsonTypeName values");
      }
      if (types.get(v.record()) instanceof NamedType.ObjectModel record) {
        for (PropertyModel p : record.properties()) {
          if (p.jsonName().equals(s.discriminator())) {
            report.error(Diagnostic.McpDiscriminatorClash, s.usedAt(), name,
                "property \"" + s.discriminator() + "\" of " + v.record().simpleName()
                    + " clashes with the discriminator; rename it, or set @JsonTypeInfo(property = ...)");
          }
        }
      }
    }
  }

  /** Checks a {@code @SchemaDef}'s name and anchor; false after reporting a problem. */
  private static boolean def(NamedType.SchemaDefModel def, Report report) {
    TypeElement element = def.element();
    if (!DEF_NAME.matcher(def.name()).matches()) {
      report.error(Diagnostic.McpInvalidSchemaDef, element, def.annotation().mirror(), def.annotation().nameValue(),
          element.getSimpleName(), "name \"" + def.name() + "\" must be letters, digits, '_', '.' and '-' (so that #/$defs/"
              + def.name() + " needs no escaping), e.g. \"address\"");
      return false;
    }
    if (def.annotation().anchorValue() != null && (def.anchor() == null || !ANCHOR.matcher(def.anchor()).matches())) {
      report.error(Diagnostic.McpInvalidSchemaDef, element, def.annotation().mirror(), def.annotation().anchorValue(),
          element.getSimpleName(), "anchor \"" + def.annotation().anchor() + "\" must start with a letter or '_' and go on"
              + " with letters, digits, '_', '.' and '-', e.g. \"addressDef\"");
      return false;
    }
    return true;
  }
}
