package dev.mcpapt.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * The JSON shape of a Java type, as far as schemas, decoders and writers need it. Named types
 * (records, beans, enums, sealed interfaces) are referred to by name and described once in
 * {@link ComponentModel#types()}, so recursive types are finite.
 */
public sealed interface JsonType {
  /** The Java type, as generated code spells it. */
  TypeName javaType();

  /** A JDK type with a fixed JSON form. */
  record ScalarType(Scalar scalar, TypeName javaType) implements JsonType {
    public boolean isPrimitive() {
      return javaType.isPrimitive();
    }
  }

  /** A record, bean, enum or sealed interface, described in {@link ComponentModel#types()}. */
  record Named(ClassName javaType) implements JsonType {}

  /** A JSON array: {@code List}, {@code Set}, {@code Collection} or a Java array. */
  record ArrayType(Container container, ValueModel element, TypeName javaType) implements JsonType {}

  /** A JSON object with free property names: {@code Map<String, V>}. */
  record MapType(ValueModel value, TypeName javaType) implements JsonType {}

  /** Any JSON value ({@code JsonNode}): the explicit opt-in for untyped data. */
  record AnyType(TypeName javaType) implements JsonType {}

  /**
   * A type the generated code cannot convert, kept where it is used so that validation reports it
   * there; a model holding one is never written.
   */
  record UnsupportedType(Unsupported problem, TypeName javaType) implements JsonType {}

  /** The Java form of a JSON array. */
  enum Container {
    LIST,
    SET,
    COLLECTION,
    ARRAY
  }
}
