package dev.mcpapt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** A user type with its own schema, decoder and writer. */
public sealed interface NamedType {
  ClassName name();

  /** From the type's Javadoc; empty if none. */
  String description();

  /**
   * A record or a Jackson-style bean: a JSON object with known properties.
   *
   * @param constructible the type can be built from JSON (a record, or a bean with a public
   *     no-argument constructor)
   */
  record ObjectModel(ClassName name, Kind kind, String description, List<PropertyModel> properties, boolean constructible)
      implements NamedType {
    public enum Kind {
      RECORD,
      BEAN
    }
  }

  /** An enum: a string from a fixed list. */
  record EnumModel(ClassName name, String description, List<EnumConstant> constants) implements NamedType {
    /** A constant and its JSON text ({@code @JsonProperty} or the constant's name). */
    public record EnumConstant(String javaName, String jsonName) {}

    public String expected() {
      return String.join(", ", constants.stream().map(EnumConstant::jsonName).toList());
    }
  }

  /**
   * A sealed interface whose permitted subtypes are records: one of several objects, told apart by
   * a discriminator property.
   */
  record SealedModel(ClassName name, String description, String discriminator, List<Variant> variants)
      implements NamedType {
    /** One permitted record and its discriminator value. */
    public record Variant(String tag, ClassName record) {}

    public String expected() {
      return String.join(", ", variants.stream().map(Variant::tag).toList());
    }
  }
}
