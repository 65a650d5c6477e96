package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.names.RuntimeTypes.BIG_DECIMAL;
import static dev.mcpapt.processor.names.RuntimeTypes.DECODE;
import static dev.mcpapt.processor.names.RuntimeTypes.DECODERS;
import static dev.mcpapt.processor.names.RuntimeTypes.ENCODE;
import static dev.mcpapt.processor.names.RuntimeTypes.ENCODERS;
import static dev.mcpapt.processor.names.RuntimeTypes.IO_EXCEPTION;
import static dev.mcpapt.processor.names.RuntimeTypes.JSON_GENERATOR;
import static dev.mcpapt.processor.names.RuntimeTypes.JSON_NODE;
import static dev.mcpapt.processor.names.RuntimeTypes.JSON_WRITER;
import static dev.mcpapt.processor.names.RuntimeTypes.OPTIONAL;
import static dev.mcpapt.processor.names.RuntimeTypes.PATTERN;
import static dev.mcpapt.processor.names.RuntimeTypes.PROBLEMS;
import static dev.mcpapt.processor.names.RuntimeTypes.SET;
import static dev.mcpapt.processor.names.RuntimeTypes.VALUE_DECODER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.Constraints;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.NamedType.EnumModel;
import dev.mcpapt.processor.model.NamedType.ObjectModel;
import dev.mcpapt.processor.model.NamedType.SealedModel;
import dev.mcpapt.processor.model.PropertyModel;
import dev.mcpapt.processor.model.Scalar;
import dev.mcpapt.processor.model.ValueModel;
import dev.mcpapt.processor.names.GeneratedNames;
import dev.mcpapt.processor.schema.SchemaWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Writes the decoders and writers of a component's named types (static methods of the generated
 * factory) and the expressions that decode or write any {@link ValueModel}. Decoders call
 * constructors and setters directly and report problems with paths; writers use Jackson's
 * {@code JsonGenerator}. Nothing here uses reflection.
 */
final class CodecWriter {
  private final ComponentModel component;
  private final ClassName owner;
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
  /** The value constants by prefix and initializer, so each value is one constant. */
  private final Map<String, String> constantsByValue = new HashMap<>();
  /** The function constants by the method they hold. */
  private final Map<String, String> functionConstants = new HashMap<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  private int lambdaDepth;

  CodecWriter(ComponentModel component) {
    this.component = component;
    this.owner = component.generated();
  }

  /** Adds the codec methods of every named type, and the constants they and the handlers use. */
  void addTo(TypeSpec.Builder factory) {
    for (ClassName name : component.types().keySet()) {
      NamedType type = component.type(name);
      if (component.inputTypes().contains(name)) {
        addDecoder(type);
      }
      if (component.outputTypes().contains(name)) {
        addWriter(type);
      }
    }
    factory.addFields(fields.values());
    factory.addMethods(methods);
  }

  /** Adds a method, e.g. a tool's result writer. */
  void addMethod(MethodSpec method) {
    methods.add(method);
  }

  // ---------------------------------------------------------------- constants

  /** A {@code Set<String>} constant of known property names, for rejecting unknown ones. */
  CodeBlock propertiesConstant(String name, List<String> properties) {
    String field = name;
    if (!fields.containsKey(field)) {
      CodeBlock.Builder init = CodeBlock.builder().add("$T.of(", SET);
      List<String> sorted = new ArrayList<>(new TreeSet<>(properties));
      for (int i = 0; i < sorted.size(); i++) {
        init.add(i == 0 ? "$S" : ", $S", sorted.get(i));
      }
      init.add(")");
      fields.put(field, FieldSpec.builder(ParameterizedTypeName.get(SET, ClassName.get(String.class)), field,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(init.build())
          .build());
    }
    return CodeBlock.of("$N", field);
  }

  /** A {@code JsonNode} constant holding a default value (checked at compile time). */
  CodeBlock defaultConstant(String json) {
    return constant("DEFAULT_", JSON_NODE, CodeBlock.of("$T.json($S)", DECODE, json));
  }

  /** A {@code JsonNode} constant holding a value a rule compares with (checked at compile time). */
  CodeBlock valueConstant(String json) {
    return constant("VALUE_", JSON_NODE, CodeBlock.of("$T.json($S)", DECODE, json));
  }

  private CodeBlock constant(String prefix, TypeName type, CodeBlock initializer) {
    String name = constantsByValue.get(prefix + initializer);
    if (name == null) {
      int index = 0;
      while (fields.containsKey(prefix + index)) {
        index++;
      }
      name = prefix + index;
      fields.put(name, FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(initializer)
          .build());
      constantsByValue.put(prefix + initializer, name);
    }
    return CodeBlock.of("$N", name);
  }

  /** The constant holding writer method {@code method} (a static method of the factory) as a {@code JsonWriter<type>}. */
  CodeBlock writerConstant(String method, TypeName type) {
    return functionConstant(GeneratedNames.writerConstant(method), ParameterizedTypeName.get(JSON_WRITER, type), method);
  }

  /** A constant of functional type {@code type} holding static method {@code method} of the factory. */
  private CodeBlock functionConstant(String name, TypeName type, String method) {
    String field = functionConstants.get(method);
    if (field == null) {
      field = name;
      for (int i = 2; fields.containsKey(field); i++) {
        field = name + i;
      }
      fields.put(field, FieldSpec.builder(type, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T::$N", owner, method)
          .build());
      functionConstants.put(method, field);
    }
    return CodeBlock.of("$N", field);
  }


  // ---------------------------------------------------------------- decoding

  /**
   * The expression that reads property {@code jsonName} of {@code object}: required, optional
   * (null when absent) or defaulted.
   */
  CodeBlock readProperty(
      CodeBlock object, String jsonName, ValueModel value, boolean required, String defaultJson, String problems) {
    ValueModel plain = new ValueModel(value.type(), false, false, value.constraints());
    if (defaultJson != null) {
      CodeBlock read = CodeBlock.of("$T.$LpropertyOrDefault($L, $S, $N, $L, $L)", DECODE, typeArgument(plain), object,
          jsonName, problems, decoder(plain), defaultConstant(defaultJson));
      return value.optional() ? CodeBlock.of("$T.ofNullable($L)", OPTIONAL, read) : read;
    }
    if (!required) {
      CodeBlock read = CodeBlock.of("$T.$LoptionalProperty($L, $S, $N, $L)", DECODE, typeArgument(plain), object,
          jsonName, problems, decoder(plain));
      return value.optional() ? CodeBlock.of("$T.ofNullable($L)", OPTIONAL, read) : read;
    }
    if (value.type() instanceof JsonType.ScalarType s && s.isPrimitive() && value.constraints().isEmpty()) {
      switch (s.scalar()) {
        case INT:
          return CodeBlock.of("$T.intProperty($L, $S, $N)", DECODE, object, jsonName, problems);
        case LONG:
          return CodeBlock.of("$T.longProperty($L, $S, $N)", DECODE, object, jsonName, problems);
        case DOUBLE:
          return CodeBlock.of("$T.doubleProperty($L, $S, $N)", DECODE, object, jsonName, problems);
        case BOOLEAN:
          return CodeBlock.of("$T.booleanProperty($L, $S, $N)", DECODE, object, jsonName, problems);
        default:
          break;
      }
    }
    if (value.constraints().isEmpty() && value.type() instanceof JsonType.ScalarType s && s.scalar() == Scalar.STRING
        && !s.isPrimitive()) {
      return CodeBlock.of("$T.stringProperty($L, $S, $N)", DECODE, object, jsonName, problems);
    }
    if (value.constraints().isEmpty() && value.type() instanceof JsonType.ArrayType a
        && a.container() == JsonType.Container.LIST && isPlain(a.element())) {
      return CodeBlock.of("$T.$LlistProperty($L, $S, $N, $L)", DECODE, typeArgument(a.element()), object, jsonName,
          problems, decoder(a.element()));
    }
    return CodeBlock.of("$T.$Lproperty($L, $S, $N, $L)", DECODE, typeArgument(plain), object, jsonName, problems,
        decoder(plain));
  }

  /**
   * {@code <T>} for a generic {@code Decode} call whose decoder yields {@code value} (always a type
   * that can be written: the model has no wildcards or type variables). Written out, javac need not
   * infer it from the decoder, which at a thousand tools was a large part of compiling the
   * generated code.
   */
  private static CodeBlock typeArgument(ValueModel value) {
    return CodeBlock.of("<$T>", value.type().javaType().box());
  }

  /** Whether {@link #decoder} of {@code value} is a method reference. */
  private static boolean isPlain(ValueModel value) {
    return !value.nullable() && !value.optional() && value.constraints().isEmpty()
        && (value.type() instanceof JsonType.ScalarType || value.type() instanceof JsonType.AnyType
            || value.type() instanceof JsonType.Named);
  }

  /**
   * A {@code ValueDecoder} for {@code value}: a constant when possible ({@code Decoders.STRING}, or
   * the factory's own constant holding a named type's decoder), else a lambda. A constant rather
   * than a method reference spares javac resolving the reference again at every generic call.
   */
  CodeBlock decoder(ValueModel value) {
    boolean plain = !value.nullable() && !value.optional() && value.constraints().isEmpty();
    if (plain) {
      JsonType type = value.type();
      if (type instanceof JsonType.ScalarType s) {
        return CodeBlock.of("$T.$N", DECODERS, s.scalar().name());
      }
      if (type instanceof JsonType.AnyType) {
        return CodeBlock.of("$T.ANY", DECODERS);
      }
      if (type instanceof JsonType.Named n) {
        return functionConstant(GeneratedNames.decoderConstant(n.javaType()),
            ParameterizedTypeName.get(VALUE_DECODER, n.javaType()), GeneratedNames.decoder(n.javaType()));
      }
    }
    lambdaDepth++;
    String n = "n" + lambdaDepth;
    String p = "p" + lambdaDepth;
    CodeBlock body = decodeCall(boxed(value), CodeBlock.of("$N", n), p);
    if (value.nullable() || value.optional()) {
      body = CodeBlock.of("$T.isAbsentOrNull($N) ? null : $L", DECODE, n, body);
      if (value.optional()) {
        body = CodeBlock.of("$T.ofNullable($L)", OPTIONAL, body);
      }
    }
    lambdaDepth--;
    return CodeBlock.of("($N, $N) -> $L", n, p, body);
  }

  private static ValueModel boxed(ValueModel value) {
    if (value.type() instanceof JsonType.ScalarType s && s.isPrimitive()) {
      return new ValueModel(new JsonType.ScalarType(s.scalar(), s.javaType().box()), false, false, value.constraints());
    }
    return new ValueModel(value.type(), false, false, value.constraints());
  }

  /** The expression that decodes {@code node} as {@code value} (not nullable), checking its constraints. */
  CodeBlock decodeCall(ValueModel value, CodeBlock node, String problems) {
    JsonType type = value.type();
    CodeBlock call;
    if (type instanceof JsonType.ScalarType s) {
      String method = s.isPrimitive() ? primitiveDecoder(s.scalar()) : s.scalar().decoder();
      call = CodeBlock.of("$T.$N($L, $N)", DECODE, method, node, problems);
    } else if (type instanceof JsonType.AnyType) {
      call = CodeBlock.of("$T.any($L, $N)", DECODE, node, problems);
    } else if (type instanceof JsonType.Named n) {
      call = CodeBlock.of("$N($L, $N)", GeneratedNames.decoder(n.javaType()), node, problems);
    } else if (type instanceof JsonType.MapType m) {
      call = CodeBlock.of("$T.map($L, $N, $L)", DECODE, node, problems, decoder(m.value()));
    } else {
      JsonType.ArrayType a = (JsonType.ArrayType) type;
      call = switch (a.container()) {
        case LIST, COLLECTION -> CodeBlock.of("$T.list($L, $N, $L)", DECODE, node, problems, decoder(a.element()));
        case SET -> CodeBlock.of("$T.set($L, $N, $L)", DECODE, node, problems, decoder(a.element()));
        case ARRAY -> arrayCall(a, itemsChecked(node, value.constraints(), problems), problems);
      };
      if (a.container() == JsonType.Container.ARRAY) {
        return call; // Java arrays have no common type to check after decoding: see itemsChecked
      }
    }
    return constrained(call, value.constraints(), type, problems);
  }

  /** The node of a Java array with its {@code minItems}/{@code maxItems} checked first, on the JSON array. */
  private static CodeBlock itemsChecked(CodeBlock node, Constraints c, String problems) {
    if (!c.hasItems()) {
      return node;
    }
    return CodeBlock.of("$T.items($L, $L, $L, $N)", DECODE, node, c.minItems() == null ? 0 : c.minItems(),
        c.maxItems() == null ? "Integer.MAX_VALUE" : c.maxItems(), problems);
  }

  private CodeBlock arrayCall(JsonType.ArrayType a, CodeBlock node, String problems) {
    JsonType element = a.element().type();
    if (element instanceof JsonType.ScalarType s && s.isPrimitive()) {
      // int[], long[], double[], boolean[]: Decode has one reader each (other primitive arrays are rejected)
      return CodeBlock.of("$T.$N($L, $N)", DECODE, s.scalar().name().toLowerCase(java.util.Locale.ROOT) + "Array",
          node, problems);
    }
    TypeName elementType = element.javaType();
    if (element instanceof JsonType.ArrayType inner) {
      elementType = inner.javaType();
    }
    return CodeBlock.of("$T.toArray($T.list($L, $N, $L), $T[]::new)", DECODE, DECODE, node, problems,
        decoder(a.element()), elementType);
  }

  private CodeBlock constrained(CodeBlock call, Constraints c, JsonType type, String problems) {
    if (c.isEmpty()) {
      return call;
    }
    CodeBlock result = call;
    if (c.notBlank()) {
      result = CodeBlock.of("$T.notBlank($L, $N)", DECODE, result, problems);
    }
    if (c.hasLength()) {
      result = CodeBlock.of("$T.length($L, $L, $L, $N)", DECODE, result, c.minLength() == null ? 0 : c.minLength(),
          c.maxLength() == null ? "Integer.MAX_VALUE" : c.maxLength(), problems);
    }
    if (c.pattern() != null) {
      CodeBlock pattern = constant("PATTERN_", PATTERN,
          CodeBlock.of("$T.compile($S)", PATTERN, SchemaWriter.anchored(c.pattern())));
      result = CodeBlock.of("$T.pattern($L, $L, $N)", DECODE, result, pattern, problems);
    }
    if (c.email()) {
      result = CodeBlock.of("$T.email($L, $N)", DECODE, result, problems);
    }
    if (c.hasItems()) {
      result = CodeBlock.of("$T.size($L, $L, $L, $N)", DECODE, result, c.minItems() == null ? 0 : c.minItems(),
          c.maxItems() == null ? "Integer.MAX_VALUE" : c.maxItems(), problems);
    }
    if (c.hasRange()) {
      result = CodeBlock.of("$T.range($L, $L, $L, $L, $L, $N)", DECODE, result, decimal(c.minimum()),
          c.minimumExclusive(), decimal(c.maximum()), c.maximumExclusive(), problems);
    }
    return result;
  }

  private CodeBlock decimal(BigDecimal value) {
    if (value == null) {
      return CodeBlock.of("null");
    }
    return constant("LIMIT_", BIG_DECIMAL, CodeBlock.of("new $T($S)", BIG_DECIMAL, value.toPlainString()));
  }

  private static String primitiveDecoder(Scalar scalar) {
    return switch (scalar) {
      case BOOLEAN -> "booleanValue";
      case INT -> "intValue";
      case LONG -> "longValue";
      case SHORT -> "shortValue";
      case BYTE -> "byteValue";
      case DOUBLE -> "doubleValue";
      case FLOAT -> "floatValue";
      case CHAR -> "charValue";
      default -> throw new IllegalArgumentException(scalar.name());
    };
  }

  private void addDecoder(NamedType type) {
    if (type instanceof EnumModel e) {
      methods.add(enumDecoder(e));
    } else if (type instanceof ObjectModel o) {
      methods.add(objectDecoder(o, GeneratedNames.decoder(o.name()),
          GeneratedNames.propertiesConstant(o.name()), null));
    } else {
      SealedModel s = (SealedModel) type;
      methods.add(sealedDecoder(s));
      for (SealedModel.Variant v : s.variants()) {
        ObjectModel record = (ObjectModel) component.type(v.record());
        methods.add(objectDecoder(record, GeneratedNames.variantDecoder(s.name(), v.record()),
            GeneratedNames.propertiesConstant(s.name()) + "_" + GeneratedNames.upperSnake(v.record().simpleName()),
            s.discriminator()));
      }
    }
  }

  private MethodSpec.Builder decoderMethod(String name, TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(JSON_NODE, "node")
        .addParameter(PROBLEMS, "problems");
  }

  private MethodSpec enumDecoder(EnumModel e) {
    MethodSpec.Builder m = decoderMethod(GeneratedNames.decoder(e.name()), e.name());
    m.addStatement("$T text = $T.enumName(node, $S, problems)", String.class, DECODE, e.expected());
    m.beginControlFlow("if (text == null)").addStatement("return null").endControlFlow();
    m.beginControlFlow("switch (text)");
    for (EnumModel.EnumConstant c : e.constants()) {
      m.addCode("case $S:\n", c.jsonName()).addStatement("$>return $T.$N$<", e.name(), c.javaName());
    }
    m.addCode("default:\n$>");
    m.addStatement("$T.notOneOf(node, $S, problems)", DECODE, e.expected());
    m.addStatement("return null$<");
    m.endControlFlow();
    return m.build();
  }

  private MethodSpec sealedDecoder(SealedModel s) {
    MethodSpec.Builder m = decoderMethod(GeneratedNames.decoder(s.name()), s.name());
    m.addStatement("$T tag = $T.discriminator(node, $S, $S, problems)", String.class, DECODE, s.discriminator(),
        s.expected());
    m.beginControlFlow("if (tag == null)").addStatement("return null").endControlFlow();
    m.beginControlFlow("switch (tag)");
    for (SealedModel.Variant v : s.variants()) {
      m.addCode("case $S:\n", v.tag())
          .addStatement("$>return $N(node, problems)$<", GeneratedNames.variantDecoder(s.name(), v.record()));
    }
    m.addCode("default:\n$>");
    m.addStatement("problems.enter($S)", s.discriminator());
    m.addStatement("$T.notOneOf(node.get($S), $S, problems)", DECODE, s.discriminator(), s.expected());
    m.addStatement("problems.exit()");
    m.addStatement("return null$<");
    m.endControlFlow();
    return m.build();
  }

  private MethodSpec objectDecoder(ObjectModel o, String methodName, String constantName, String discriminator) {
    MethodSpec.Builder m = decoderMethod(methodName, o.name());
    List<String> known = new ArrayList<>();
    if (discriminator != null) {
      known.add(discriminator);
    }
    for (PropertyModel p : o.properties()) {
      if (p.write() != null) {
        known.add(p.jsonName());
      }
    }
    CodeBlock constant = propertiesConstant(constantName, known);
    m.beginControlFlow("if (!$T.object(node, $L, problems))", DECODE, constant)
        .addStatement("return null")
        .endControlFlow();
    m.addStatement("int count = problems.count()");
    LocalNames names = LocalNames.reserving(List.of("node", "problems", "count", "value", "e"));
    if (o.kind() == ObjectModel.Kind.RECORD) {
      List<String> args = new ArrayList<>();
      for (PropertyModel p : o.properties()) {
        String local = names.newLocal(p.javaName());
        args.add(local);
        m.addStatement("$T $N = $L", p.value().optional()
                ? ParameterizedTypeName.get(OPTIONAL, p.value().type().javaType().box()) : p.value().type().javaType(),
            local, readProperty(CodeBlock.of("node"), p.jsonName(), p.value(), p.required(), p.defaultJson(), "problems"));
      }
      m.beginControlFlow("if (problems.count() != count)").addStatement("return null").endControlFlow();
      // A record may check its values in its constructor: what it rejects is an argument problem.
      m.beginControlFlow("try")
          .addStatement("return new $T($L)", o.name(), String.join(", ", args))
          .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
          .addStatement("return $T.rejected(e, problems)", DECODE)
          .endControlFlow();
    } else {
      m.addStatement("$T value = new $T()", o.name(), o.name());
      for (PropertyModel p : o.properties()) {
        if (p.write() == null) {
          continue;
        }
        CodeBlock read = readProperty(CodeBlock.of("node"), p.jsonName(), p.value(), p.required(), p.defaultJson(),
            "problems");
        CodeBlock assign = p.write().kind() == PropertyModel.Access.Kind.SETTER
            ? CodeBlock.of("value.$N($L)", p.write().member(), read)
            : CodeBlock.of("value.$N = $L", p.write().member(), read);
        if (p.required() || p.defaultJson() != null) {
          m.addStatement(assign);
        } else {
          // Absent optional properties keep the bean's own default, as Jackson does.
          m.beginControlFlow("if (node.has($S))", p.jsonName()).addStatement(assign).endControlFlow();
        }
      }
      m.addStatement("return problems.count() == count ? value : null");
    }
    return m.build();
  }

  // ---------------------------------------------------------------- writing

  /** A {@code JsonWriter} for {@code value}'s type: a constant when possible (see {@link #decoder}), else a lambda. */
  CodeBlock writer(ValueModel value) {
    JsonType type = value.type();
    if (!value.optional()) {
      if (type instanceof JsonType.ScalarType s) {
        return CodeBlock.of("$T.$N", ENCODERS, s.scalar().name());
      }
      if (type instanceof JsonType.AnyType) {
        return CodeBlock.of("$T.ANY", ENCODERS);
      }
      if (type instanceof JsonType.Named n) {
        return writerConstant(GeneratedNames.writer(n.javaType()), n.javaType());
      }
    }
    lambdaDepth++;
    String g = "g" + lambdaDepth;
    String v = "v" + lambdaDepth;
    CodeBlock body;
    if (value.optional()) {
      body = CodeBlock.of("$T.nullable($N, $N.orElse(null), $L)", ENCODE, g, v,
          writer(new ValueModel(type, false, false, Constraints.NONE)));
    } else {
      body = writeCall(new ValueModel(type, false, false, Constraints.NONE), CodeBlock.of("$N", g), CodeBlock.of("$N", v));
    }
    lambdaDepth--;
    return CodeBlock.of("($N, $N) -> $L", g, v, body);
  }

  /** The expression that writes the non-null {@code expression} of type {@code value}. */
  CodeBlock writeCall(ValueModel value, CodeBlock generator, CodeBlock expression) {
    JsonType type = value.type();
    if (type instanceof JsonType.ScalarType s) {
      if (s.isPrimitive()) {
        return switch (s.scalar()) {
          case BOOLEAN -> CodeBlock.of("$L.writeBoolean($L)", generator, expression);
          case CHAR -> CodeBlock.of("$L.writeString($T.valueOf($L))", generator, String.class, expression);
          default -> CodeBlock.of("$L.writeNumber($L)", generator, expression);
        };
      }
      if (s.scalar() == Scalar.STRING) {
        return CodeBlock.of("$L.writeString($L)", generator, expression);
      }
      return CodeBlock.of("$T.$N($L, $L)", ENCODE, s.scalar().encoder(), generator, expression);
    }
    if (type instanceof JsonType.AnyType) {
      return CodeBlock.of("$T.any($L, $L)", ENCODE, generator, expression);
    }
    if (type instanceof JsonType.Named n) {
      return CodeBlock.of("$N($L, $L)", GeneratedNames.writer(n.javaType()), generator, expression);
    }
    if (type instanceof JsonType.MapType m) {
      return CodeBlock.of("$T.map($L, $L, $L)", ENCODE, generator, expression, writer(m.value()));
    }
    JsonType.ArrayType a = (JsonType.ArrayType) type;
    if (a.container() != JsonType.Container.ARRAY) {
      return CodeBlock.of("$T.collection($L, $L, $L)", ENCODE, generator, expression, writer(a.element()));
    }
    if (a.element().type() instanceof JsonType.ScalarType s && s.isPrimitive()) {
      return CodeBlock.of("$T.$NArray($L, $L)", ENCODE, s.scalar().name().toLowerCase(java.util.Locale.ROOT), generator,
          expression);
    }
    return CodeBlock.of("$T.array($L, $L, $L)", ENCODE, generator, expression, writer(a.element()));
  }

  private void addWriter(NamedType type) {
    if (type instanceof EnumModel e) {
      methods.add(enumWriter(e));
    } else if (type instanceof ObjectModel o) {
      methods.add(objectWriter(o, GeneratedNames.writer(o.name()), null, null));
    } else {
      SealedModel s = (SealedModel) type;
      methods.add(sealedWriter(s));
      for (SealedModel.Variant v : s.variants()) {
        methods.add(objectWriter((ObjectModel) component.type(v.record()),
            GeneratedNames.variantWriter(s.name(), v.record()), s.discriminator(), v.tag()));
      }
    }
  }

  private MethodSpec.Builder writerMethod(String name, TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(JSON_GENERATOR, "generator")
        .addParameter(type, "value")
        .addException(IO_EXCEPTION);
  }

  private MethodSpec enumWriter(EnumModel e) {
    MethodSpec.Builder m = writerMethod(GeneratedNames.writer(e.name()), e.name());
    if (e.constants().stream().allMatch(c -> c.javaName().equals(c.jsonName()))) {
      return m.addStatement("generator.writeString(value.name())").build();
    }
    m.beginControlFlow("switch (value)");
    for (EnumModel.EnumConstant c : e.constants()) {
      m.addCode("case $N:\n", c.javaName())
          .addStatement("$>generator.writeString($S)", c.jsonName())
          .addStatement("break$<");
    }
    m.addCode("default:\n").addStatement("$>throw new $T(value.name())$<", IllegalStateException.class);
    m.endControlFlow();
    return m.build();
  }

  /** The name of a method returning an enum constant's JSON name, added once. */
  String enumText(EnumModel e) {
    String name = "textOf" + String.join("_", e.name().simpleNames());
    if (methods.stream().noneMatch(m -> m.name().equals(name))) {
      MethodSpec.Builder m = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(String.class)
          .addParameter(e.name(), "value");
      m.beginControlFlow("switch (value)");
      for (EnumModel.EnumConstant c : e.constants()) {
        m.addCode("case $N:\n", c.javaName()).addStatement("$>return $S$<", c.jsonName());
      }
      m.addCode("default:\n").addStatement("$>throw new $T(value.name())$<", IllegalStateException.class);
      m.endControlFlow();
      methods.add(m.build());
    }
    return name;
  }

  private MethodSpec sealedWriter(SealedModel s) {
    MethodSpec.Builder m = writerMethod(GeneratedNames.writer(s.name()), s.name());
    for (int i = 0; i < s.variants().size(); i++) {
      SealedModel.Variant v = s.variants().get(i);
      String call = GeneratedNames.variantWriter(s.name(), v.record());
      if (i == 0) {
        m.beginControlFlow("if (value instanceof $T)", v.record());
      } else {
        m.nextControlFlow("else if (value instanceof $T)", v.record());
      }
      m.addStatement("$N(generator, ($T) value)", call, v.record());
    }
    m.nextControlFlow("else")
        .addStatement("throw new $T($S + value.getClass())", IllegalStateException.class, "not a permitted subtype: ")
        .endControlFlow();
    return m.build();
  }

  private MethodSpec objectWriter(ObjectModel o, String methodName, String discriminator, String tag) {
    MethodSpec.Builder m = writerMethod(methodName, o.name());
    m.addStatement("generator.writeStartObject()");
    if (discriminator != null) {
      m.addStatement("generator.writeStringField($S, $S)", discriminator, tag);
    }
    LocalNames names = LocalNames.reserving(List.of("generator", "value"));
    for (PropertyModel p : o.properties()) {
      if (p.read() == null) {
        continue;
      }
      CodeBlock read = p.read().kind() == PropertyModel.Access.Kind.FIELD
          ? CodeBlock.of("value.$N", p.read().member())
          : CodeBlock.of("value.$N()", p.read().member());
      ValueModel v = p.value();
      if (v.type() instanceof JsonType.ScalarType s && s.isPrimitive()) {
        m.addStatement("generator.writeFieldName($S)", p.jsonName());
        m.addStatement(writeCall(v, CodeBlock.of("generator"), read));
        continue;
      }
      String local = names.newLocal(p.javaName());
      if (v.optional()) {
        m.addStatement("$T $N = $L", ParameterizedTypeName.get(OPTIONAL, v.type().javaType().box()), local, read);
        m.beginControlFlow("if ($N != null && $N.isPresent())", local, local);
        m.addStatement("generator.writeFieldName($S)", p.jsonName());
        m.addStatement(writeCall(v, CodeBlock.of("generator"), CodeBlock.of("$N.get()", local)));
      } else {
        m.addStatement("$T $N = $L", v.type().javaType(), local, read);
        // Null values are left out, so results never break their schema's types.
        m.beginControlFlow("if ($N != null)", local);
        m.addStatement("generator.writeFieldName($S)", p.jsonName());
        m.addStatement(writeCall(v, CodeBlock.of("generator"), CodeBlock.of("$N", local)));
      }
      m.endControlFlow();
    }
    m.addStatement("generator.writeEndObject()");
    return m.build();
  }
}
