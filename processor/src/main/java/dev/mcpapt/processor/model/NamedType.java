package dev.mcpapt.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import dev.mcpapt.processor.read.SchemaAnnotations;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** A user type with its own schema, decoder and writer. */
public sealed interface NamedType {
  ClassName name();

  /** From the type's Javadoc; empty if none. */
  String description();

  /** Its {@code @SchemaDef}: always under {@code $defs}, by this name; null if not declared. */
  SchemaDefModel def();

  /** This type with its {@code @SchemaDef}. */
  NamedType withDef(SchemaDefModel def);

  /**
   * A type declared with {@code @SchemaDef}.
   *
   * @param name the key under {@code $defs}
   * @param anchor its {@code $anchor}, or null
   * @param element the type that declares it
   * @param annotation the annotation as written
   */
  record SchemaDefModel(String name, String anchor, TypeElement element, SchemaAnnotations.Def annotation) {}

  /**
   * A record or a Jackson-style bean: a JSON object with known properties.
   *
   * @param constructible the type can be built from JSON (a record, or a bean with a public
   *     no-argument constructor)
   * @param usedAt where the type is first used: where problems of the type as a whole are reported
   */
  record ObjectModel(ClassName name, Kind kind, String description, List<PropertyModel> properties, boolean constructible,
      SchemaDefModel def, Element usedAt) implements NamedType {
    public ObjectModel(ClassName name, Kind kind, String description, List<PropertyModel> properties,
        boolean constructible, Element usedAt) {
      this(name, kind, description, properties, constructible, null, usedAt);
    }

    @Override
    public ObjectModel withDef(SchemaDefModel def) {
      return new ObjectModel(name, kind, description, properties, constructible, def, usedAt);
    }

    public enum Kind {
      RECORD,
      BEAN
    }
  }

  /** An enum: a string from a fixed list. */
  record EnumModel(ClassName name, String description, List<EnumConstant> constants, SchemaDefModel def)
      implements NamedType {
    public EnumModel(ClassName name, String description, List<EnumConstant> constants) {
      this(name, description, constants, null);
    }

    @Override
    public EnumModel withDef(SchemaDefModel def) {
      return new EnumModel(name, description, constants, def);
    }

    /** A constant and its JSON text ({@code @JsonProperty} or the constant's name). */
    public record EnumConstant(String javaName, String jsonName) {}

    public String expected() {
      return String.join(", ", constants.stream().map(EnumConstant::jsonName).toList());
    }
  }

  /**
   * A sealed interface whose permitted subtypes are records: one of several objects, told apart by
   * a discriminator property.
   *
   * @param variants the permitted records
   * @param otherSubtypes the qualified names of permitted subtypes that are not records (which
   *     cannot be variants)
   * @param usedAt where the type is first used: where its problems are reported
   */
  record SealedModel(ClassName name, String description, String discriminator, List<Variant> variants,
      SchemaDefModel def, List<String> otherSubtypes, Element usedAt) implements NamedType {
    public SealedModel(ClassName name, String description, String discriminator, List<Variant> variants,
        List<String> otherSubtypes, Element usedAt) {
      this(name, description, discriminator, variants, null, otherSubtypes, usedAt);
    }

    @Override
    public SealedModel withDef(SchemaDefModel def) {
      return new SealedModel(name, description, discriminator, variants, def, otherSubtypes, usedAt);
    }

    /** One permitted record and its discriminator value. */
    public record Variant(String tag, ClassName record) {}

    public String expected() {
      return String.join(", ", variants.stream().map(Variant::tag).toList());
    }
  }
}
