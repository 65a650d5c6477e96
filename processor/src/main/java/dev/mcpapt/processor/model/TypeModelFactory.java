package dev.mcpapt.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.mcpapt.processor.model.JsonType.AnyType;
import dev.mcpapt.processor.model.JsonType.Container;
import dev.mcpapt.processor.model.JsonType.MapType;
import dev.mcpapt.processor.model.JsonType.Named;
import dev.mcpapt.processor.model.JsonType.ScalarType;
import dev.mcpapt.processor.model.JsonType.UnsupportedType;
import dev.mcpapt.processor.model.NamedType.EnumModel;
import dev.mcpapt.processor.model.NamedType.EnumModel.EnumConstant;
import dev.mcpapt.processor.model.NamedType.ObjectModel;
import dev.mcpapt.processor.model.NamedType.SealedModel;
import dev.mcpapt.processor.model.NamedType.SealedModel.Variant;
import dev.mcpapt.processor.model.PropertyModel.Access;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.ConstraintAnnotations;
import dev.mcpapt.processor.read.JacksonAnnotations;
import dev.mcpapt.processor.read.Javadoc;
import dev.mcpapt.processor.read.ParamAnnotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps Java types to {@link JsonType}s for one annotated class, collecting the named types it
 * meets. A type no JSON can carry becomes an {@link JsonType.UnsupportedType} that remembers the
 * element of the tool that first uses it (the parameter or the method) and a path that names the
 * property, so that validation tells a user where the type is used and why it fails.
 */
public final class TypeModelFactory {
  private static final Map<String, Scalar> SCALARS = Map.ofEntries(
      Map.entry("java.lang.String", Scalar.STRING),
      Map.entry("java.lang.Boolean", Scalar.BOOLEAN),
      Map.entry("java.lang.Integer", Scalar.INT),
      Map.entry("java.lang.Long", Scalar.LONG),
      Map.entry("java.lang.Short", Scalar.SHORT),
      Map.entry("java.lang.Byte", Scalar.BYTE),
      Map.entry("java.lang.Double", Scalar.DOUBLE),
      Map.entry("java.lang.Float", Scalar.FLOAT),
      Map.entry("java.lang.Character", Scalar.CHAR),
      Map.entry("java.math.BigDecimal", Scalar.BIG_DECIMAL),
      Map.entry("java.math.BigInteger", Scalar.BIG_INTEGER),
      Map.entry("java.util.UUID", Scalar.UUID),
      Map.entry("java.net.URI", Scalar.URI),
      Map.entry("java.time.LocalDate", Scalar.LOCAL_DATE),
      Map.entry("java.time.LocalDateTime", Scalar.LOCAL_DATE_TIME),
      Map.entry("java.time.LocalTime", Scalar.LOCAL_TIME),
      Map.entry("java.time.OffsetDateTime", Scalar.OFFSET_DATE_TIME),
      Map.entry("java.time.ZonedDateTime", Scalar.ZONED_DATE_TIME),
      Map.entry("java.time.Instant", Scalar.INSTANT),
      Map.entry("java.time.Duration", Scalar.DURATION));

  private static final String JSON_NODE = RuntimeTypes.JSON_NODE.canonicalName();

  private final Elements elements;
  private final Types types;
  private final String packageName;
  private final Map<ClassName, NamedType> named = new LinkedHashMap<>();
  private final Set<ClassName> inProgress = new HashSet<>();
  /** Types that cannot be modelled, by name: every use refers to the same node, reported once. */
  private final Map<ClassName, UnsupportedType> failed = new HashMap<>();
  private final List<DefaultValue> defaults = new ArrayList<>();

  public TypeModelFactory(Elements elements, Types types, String packageName) {
    this.elements = elements;
    this.types = types;
    this.packageName = packageName;
  }

  public Map<ClassName, NamedType> namedTypes() {
    return named;
  }

  /** The defaults met so far; a tool's parameters add theirs. */
  public List<DefaultValue> defaults() {
    return defaults;
  }

  /**
   * The model of one use of {@code type}.
   *
   * @param sites the declarations whose annotations apply ({@code @Nullable}, constraints)
   * @param at where problems are reported
   * @param where how messages name the use, e.g. {@code "parameter filter of search"}
   * @return the model; where the type (or a type in it) cannot be used, it holds an
   *     {@link UnsupportedType} saying why
   */
  public ValueModel value(TypeMirror type, Element at, String where, AnnotatedConstruct... sites) {
    AnnotatedConstruct[] all = append(sites, type);
    boolean nullable = JacksonAnnotations.nullable(all);
    if (type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals("java.util.Optional")) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      if (args.size() != 1) {
        return ValueModel.of(unsupported(at, where, type, "use Optional<T> with a type argument"));
      }
      ValueModel inner = value(args.get(0), at, where, sites);
      return new ValueModel(inner.type(), true, true, inner.constraints(), inner.misplaced());
    }
    JsonType json = jsonType(type, at, where);
    if (json instanceof UnsupportedType) {
      return ValueModel.of(json);
    }
    List<ConstraintAnnotations.Found> found = ConstraintAnnotations.find(all);
    boolean array = json instanceof JsonType.ArrayType || json instanceof MapType;
    List<MisplacedConstraint> misplaced = new ArrayList<>();
    for (ConstraintAnnotations.Found f : found) {
      if (!applies(f.target(), json)) {
        misplaced.add(new MisplacedConstraint(f, at, where, type));
      }
    }
    return new ValueModel(json, nullable, false, Constraints.of(found, array), List.copyOf(misplaced));
  }

  /**
   * Whether {@code value} can be used as it is: no {@link UnsupportedType} in it, nor in a named
   * type it reaches.
   */
  public boolean complete(ValueModel value) {
    return complete(value, named, new HashSet<>());
  }

  /** Whether {@code value} holds no {@link UnsupportedType}, also through the named types in {@code types}. */
  public static boolean complete(ValueModel value, Map<ClassName, NamedType> types) {
    return complete(value, types, new HashSet<>());
  }

  private static boolean complete(ValueModel value, Map<ClassName, NamedType> types, Set<ClassName> seen) {
    JsonType type = value.type();
    if (type instanceof UnsupportedType) {
      return false;
    }
    if (type instanceof JsonType.ArrayType a) {
      return complete(a.element(), types, seen);
    }
    if (type instanceof MapType m) {
      return complete(m.value(), types, seen);
    }
    if (type instanceof Named n && seen.add(n.javaType())) {
      NamedType model = types.get(n.javaType());
      if (model instanceof ObjectModel o) {
        return o.properties().stream().allMatch(p -> complete(p.value(), types, seen));
      }
      if (model instanceof SealedModel s) {
        return s.variants().stream().allMatch(v -> complete(ValueModel.of(new Named(v.record())), types, seen));
      }
    }
    return true;
  }

  private boolean applies(ConstraintAnnotations.Target target, JsonType json) {
    return switch (target) {
      case ANY -> true;
      case TEXT -> json instanceof ScalarType s && s.scalar() == Scalar.STRING;
      case SIZED -> json instanceof JsonType.ArrayType || json instanceof MapType
          || json instanceof ScalarType s && s.scalar() == Scalar.STRING;
      case NUMBER -> json instanceof ScalarType s && s.scalar().isNumeric();
    };
  }

  private JsonType jsonType(TypeMirror type, Element at, String where) {
    switch (type.getKind()) {
      case BOOLEAN:
        return new ScalarType(Scalar.BOOLEAN, TypeName.BOOLEAN);
      case INT:
        return new ScalarType(Scalar.INT, TypeName.INT);
      case LONG:
        return new ScalarType(Scalar.LONG, TypeName.LONG);
      case SHORT:
        return new ScalarType(Scalar.SHORT, TypeName.SHORT);
      case BYTE:
        return new ScalarType(Scalar.BYTE, TypeName.BYTE);
      case DOUBLE:
        return new ScalarType(Scalar.DOUBLE, TypeName.DOUBLE);
      case FLOAT:
        return new ScalarType(Scalar.FLOAT, TypeName.FLOAT);
      case CHAR:
        return new ScalarType(Scalar.CHAR, TypeName.CHAR);
      case ARRAY:
        return arrayType((javax.lang.model.type.ArrayType) type, at, where);
      case DECLARED:
        return declaredType((DeclaredType) type, at, where);
      case ERROR:
        throw new MissingTypeException(type.toString());
      case TYPEVAR:
        return unsupported(at, where, type, "type variables have no schema; use a concrete type");
      case WILDCARD:
        return unsupported(at, where, type, "wildcards have no schema; use a concrete type argument");
      default:
        return unsupported(at, where, type, "it has no JSON form");
    }
  }

  private JsonType arrayType(javax.lang.model.type.ArrayType type, Element at, String where) {
    TypeMirror component = type.getComponentType();
    switch (component.getKind()) {
      case BYTE, SHORT, CHAR, FLOAT -> {
        return unsupported(at, where, type, "use int[], long[], double[], a String or a List instead");
      }
      case DECLARED -> {
        if (!((DeclaredType) component).getTypeArguments().isEmpty()) {
          return unsupported(at, where, type, "arrays of generic types cannot be created; use a List");
        }
      }
      default -> {
        // primitives with helpers, nested arrays
      }
    }
    return new JsonType.ArrayType(Container.ARRAY, value(component, at, where + "[]"), TypeName.get(type));
  }

  private JsonType declaredType(DeclaredType type, Element at, String where) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    Scalar scalar = SCALARS.get(name);
    if (scalar != null) {
      return new ScalarType(scalar, TypeName.get(type));
    }
    if (name.equals(JSON_NODE)) {
      return new AnyType(TypeName.get(type));
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    switch (name) {
      case "java.util.List", "java.util.Set", "java.util.Collection" -> {
        if (args.size() != 1) {
          return unsupported(at, where, type, "raw collections have no item schema; add a type argument");
        }
        ValueModel item = value(args.get(0), at, where + "[]");
        Container c = name.endsWith("List") ? Container.LIST : name.endsWith("Set") ? Container.SET : Container.COLLECTION;
        return new JsonType.ArrayType(c, item, TypeName.get(type));
      }
      case "java.util.Map" -> {
        if (args.size() != 2 || !qualifiedName(args.get(0)).equals("java.lang.String")) {
          return unsupported(at, where, type, "only Map<String, V> maps to a JSON object");
        }
        return new MapType(value(args.get(1), at, where + "{}"), TypeName.get(type));
      }
      case "java.lang.Object" -> {
        return unsupported(at, where, type,
            "Object has no schema; declare a concrete type, or JsonNode to accept any JSON");
      }
      default -> {
        // user types below
      }
    }
    if (isJdk(name)) {
      return unsupported(at, where, type, "this JDK type has no JSON mapping");
    }
    if (!args.isEmpty() || !element.getTypeParameters().isEmpty()) {
      return unsupported(at, where, type,
          "generic types other than List, Set, Collection, Map and Optional are not supported");
    }
    if (!isAccessible(element)) {
      return unsupported(at, where, type, "it is not public, so generated code cannot use it");
    }
    return namedType(element, at, where);
  }

  private JsonType namedType(TypeElement element, Element at, String where) {
    ClassName name = ClassName.get(element);
    if (named.containsKey(name) || inProgress.contains(name)) {
      return new Named(name); // known, or recursive: described once, referred to by name
    }
    if (failed.containsKey(name)) {
      return failed.get(name);
    }
    inProgress.add(name);
    Object model;
    if (element.getKind() == ElementKind.ENUM) {
      model = enumModel(element, name);
    } else if (element.getKind() == ElementKind.RECORD) {
      model = recordModel(element, name, at, where);
    } else if (element.getModifiers().contains(Modifier.SEALED)) {
      model = sealedModel(element, name, at, where);
    } else if (element.getKind() == ElementKind.INTERFACE || element.getModifiers().contains(Modifier.ABSTRACT)) {
      model = unsupported(at, where, element.asType(),
          "interfaces and abstract classes have no schema; use a record, a bean, or a sealed interface of records");
    } else if (element.getKind() == ElementKind.CLASS) {
      model = beanModel(element, name, at, where);
    } else {
      model = unsupported(at, where, element.asType(), "it has no JSON form");
    }
    inProgress.remove(name);
    if (model instanceof UnsupportedType u) {
      failed.put(name, u);
      return u;
    }
    named.put(name, SchemaDefs.apply((NamedType) model, element));
    return new Named(name);
  }

  private EnumModel enumModel(TypeElement element, ClassName name) {
    List<EnumConstant> constants = new ArrayList<>();
    for (Element e : element.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        String javaName = e.getSimpleName().toString();
        constants.add(new EnumConstant(javaName, JacksonAnnotations.propertyName(e).orElse(javaName)));
      }
    }
    return new EnumModel(name, Javadoc.of(elements, element).text(), List.copyOf(constants));
  }

  /**
   * Whether {@code @Param(required = false)} lets the value be left out: not on a primitive, which
   * has no value for "absent" (validation says so).
   */
  public static boolean omittable(Optional<ParamAnnotation> param, ValueModel value) {
    return param.isPresent() && param.get().omittable()
        && !(value.type() instanceof JsonType.ScalarType s && s.isPrimitive());
  }

  private ObjectModel recordModel(TypeElement element, ClassName name, Element at, String where) {
    Javadoc doc = Javadoc.of(elements, element);
    List<PropertyModel> properties = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      String javaName = component.getSimpleName().toString();
      ExecutableElement accessor = component.getAccessor();
      VariableElement field = field(element, javaName);
      AnnotatedConstruct[] sites = {component, accessor, field};
      Optional<ParamAnnotation> param = ParamAnnotation.read(component).or(() -> field == null
          ? Optional.empty() : ParamAnnotation.read(field));
      String jsonName = param.map(ParamAnnotation::name).filter(s -> !s.isEmpty())
          .or(() -> JacksonAnnotations.propertyName(sites)).orElse(javaName);
      String propertyWhere = name.simpleName() + "." + javaName + " (in " + where + ")";
      ValueModel value = value(component.asType(), at, propertyWhere, sites);
      String description = param.map(ParamAnnotation::description).filter(s -> !s.isEmpty())
          .or(() -> JacksonAnnotations.description(sites)).orElse(doc.param(javaName));
      String defaultJson = param.filter(ParamAnnotation::hasDefault).map(ParamAnnotation::defaultValue).orElse(null);
      if (defaultJson != null && complete(value)) {
        defaults.add(new DefaultValue(defaultJson, value, at, param.get(), propertyWhere));
      }
      boolean required = !value.nullable() && defaultJson == null && !omittable(param, value);
      properties.add(new PropertyModel(jsonName, javaName, value, required, description, defaultJson,
          new Access(Access.Kind.METHOD, accessor.getSimpleName().toString()), new Access(Access.Kind.CONSTRUCTOR, javaName),
          component, propertyWhere, param.orElse(null)));
    }
    return new ObjectModel(name, ObjectModel.Kind.RECORD, doc.text(), List.copyOf(properties), true, at);
  }

  private static VariableElement field(TypeElement element, String name) {
    for (VariableElement f : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (f.getSimpleName().contentEquals(name)) {
        return f;
      }
    }
    return null;
  }

  /** One bean property as it is found: a field, a getter and a setter, any of them missing. */
  private static final class BeanProperty {
    final String javaName;
    VariableElement field;
    /** A non-public field of the same name: not an accessor, but its annotations and Javadoc count. */
    VariableElement backing;
    ExecutableElement getter;
    ExecutableElement setter;

    BeanProperty(String javaName) {
      this.javaName = javaName;
    }

    AnnotatedConstruct[] sites() {
      return new AnnotatedConstruct[] {
        field, backing, getter, setter, setter == null ? null : setter.getParameters().get(0)
      };
    }
  }

  /** The model of a bean, or an {@link UnsupportedType} if it cannot be one. */
  private Object beanModel(TypeElement element, ClassName name, Element at, String where) {
    if (element.getNestingKind().isNested() && !element.getModifiers().contains(Modifier.STATIC)) {
      return unsupported(at, where, element.asType(), "an inner class needs an instance of its outer class; make it static");
    }
    boolean constructible = hasPublicNoArgConstructor(element);
    Map<String, BeanProperty> found = new LinkedHashMap<>();
    Map<String, VariableElement> hiddenFields = new LinkedHashMap<>();
    for (TypeElement t : hierarchy(element)) {
      for (Element e : t.getEnclosedElements()) {
        if (e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC)
            && !e.getModifiers().contains(Modifier.PUBLIC)) {
          hiddenFields.put(e.getSimpleName().toString(), (VariableElement) e);
        }
        if (!e.getModifiers().contains(Modifier.PUBLIC) || e.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        if (e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.TRANSIENT)) {
          found.computeIfAbsent(e.getSimpleName().toString(), BeanProperty::new).field = (VariableElement) e;
        } else if (e.getKind() == ElementKind.METHOD) {
          ExecutableElement m = (ExecutableElement) e;
          String n = m.getSimpleName().toString();
          if (m.getParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID) {
            String prop = n.startsWith("get") && n.length() > 3 ? jacksonName(n.substring(3))
                : n.startsWith("is") && n.length() > 2 && m.getReturnType().getKind() == TypeKind.BOOLEAN
                    ? jacksonName(n.substring(2)) : null;
            if (prop != null) {
              found.computeIfAbsent(prop, BeanProperty::new).getter = m;
            }
          } else if (m.getParameters().size() == 1 && n.startsWith("set") && n.length() > 3) {
            found.computeIfAbsent(jacksonName(n.substring(3)), BeanProperty::new).setter = m;
          }
        }
      }
    }
    Javadoc doc = Javadoc.of(elements, element);
    List<PropertyModel> properties = new ArrayList<>();
    for (BeanProperty p : found.values()) {
      if (p.field == null) {
        p.backing = hiddenFields.get(p.javaName);
      }
      AnnotatedConstruct[] sites = p.sites();
      if (JacksonAnnotations.ignored(sites)) {
        continue;
      }
      Access read = p.getter != null ? new Access(Access.Kind.METHOD, p.getter.getSimpleName().toString())
          : p.field != null ? new Access(Access.Kind.FIELD, p.javaName) : null;
      Access write = p.setter != null ? new Access(Access.Kind.SETTER, p.setter.getSimpleName().toString())
          : p.field != null && !p.field.getModifiers().contains(Modifier.FINAL) ? new Access(Access.Kind.FIELD, p.javaName)
          : null;
      TypeMirror type = p.getter != null ? p.getter.getReturnType()
          : p.field != null ? p.field.asType() : p.setter.getParameters().get(0).asType();
      String propertyWhere = name.simpleName() + "." + p.javaName + " (in " + where + ")";
      ValueModel value = value(type, at, propertyWhere, sites);
      Optional<ParamAnnotation> param = Optional.<ParamAnnotation>empty();
      for (AnnotatedConstruct site : sites) {
        if (param.isEmpty() && site instanceof Element) {
          param = ParamAnnotation.read((Element) site);
        }
      }
      String jsonName = param.map(ParamAnnotation::name).filter(s -> !s.isEmpty())
          .or(() -> JacksonAnnotations.propertyName(sites)).orElse(p.javaName);
      Element documented = p.field != null ? p.field
          : p.backing != null && elements.getDocComment(p.backing) != null ? p.backing
          : p.getter != null ? p.getter : p.setter;
      String description = param.map(ParamAnnotation::description).filter(s -> !s.isEmpty())
          .or(() -> JacksonAnnotations.description(sites)).orElse(Javadoc.of(elements, documented).text());
      String defaultJson = param.filter(ParamAnnotation::hasDefault).map(ParamAnnotation::defaultValue).orElse(null);
      if (defaultJson != null && complete(value)) {
        defaults.add(new DefaultValue(defaultJson, value, at, param.get(), propertyWhere));
      }
      // Jackson beans keep their own defaults for absent properties: required only when asked for.
      boolean required = defaultJson == null && !value.nullable() && !omittable(param, value)
          && (JacksonAnnotations.required(sites) || ConstraintAnnotations.hasNotNull(ConstraintAnnotations.find(sites)));
      properties.add(new PropertyModel(jsonName, p.javaName, value, required, description, defaultJson, read, write,
          at, propertyWhere, param.orElse(null)));
    }
    if (properties.isEmpty()) {
      return unsupported(at, where, element.asType(), "it has no JSON properties (public fields, getters or setters)");
    }
    return new ObjectModel(name, ObjectModel.Kind.BEAN, doc.text(), List.copyOf(properties), constructible, at);
  }

  private SealedModel sealedModel(TypeElement element, ClassName name, Element at, String where) {
    String discriminator = JacksonAnnotations.typeInfoProperty(element).orElse("type");
    List<Variant> variants = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (TypeMirror permitted : element.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        throw new MissingTypeException(permitted.toString());
      }
      TypeElement sub = (TypeElement) types.asElement(permitted);
      if (sub.getKind() != ElementKind.RECORD) {
        others.add(sub.getQualifiedName().toString());
        continue;
      }
      String tag = JacksonAnnotations.typeName(sub).orElse(sub.getSimpleName().toString());
      namedType(sub, at, where); // a record always has a model
      variants.add(new Variant(tag, ClassName.get(sub)));
    }
    return new SealedModel(name, Javadoc.of(elements, element).text(), discriminator, List.copyOf(variants),
        List.copyOf(others), at);
  }

  /** Jackson's default: the leading upper-case letters of the bean name in lower case. */
  static String jacksonName(String suffix) {
    StringBuilder sb = new StringBuilder(suffix);
    for (int i = 0; i < sb.length() && Character.isUpperCase(sb.charAt(i)); i++) {
      sb.setCharAt(i, Character.toLowerCase(sb.charAt(i)));
    }
    return sb.toString();
  }

  private List<TypeElement> hierarchy(TypeElement element) {
    List<TypeElement> chain = new ArrayList<>();
    TypeElement t = element;
    while (t != null && !t.getQualifiedName().contentEquals("java.lang.Object")) {
      chain.add(0, t);
      TypeMirror superclass = t.getSuperclass();
      t = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
    }
    return chain;
  }

  public static boolean hasPublicNoArgConstructor(TypeElement element) {
    if (element.getKind() != ElementKind.CLASS || element.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    for (ExecutableElement c : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }

  /** Whether code in the annotated class's package can name the type (public, or package-private there). */
  private boolean isAccessible(TypeElement element) {
    boolean samePackage = elements.getPackageOf(element).getQualifiedName().contentEquals(packageName);
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE) || !modifiers.contains(Modifier.PUBLIC) && !samePackage) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJdk(String name) {
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.")
        || name.startsWith("com.sun.");
  }

  private static UnsupportedType unsupported(Element at, String where, TypeMirror type, String reason) {
    return new UnsupportedType(new Unsupported(at, where, type, reason), ClassName.OBJECT);
  }

  static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  private static AnnotatedConstruct[] append(AnnotatedConstruct[] sites, AnnotatedConstruct last) {
    AnnotatedConstruct[] all = java.util.Arrays.copyOf(sites, sites.length + 1);
    all[sites.length] = last;
    return all;
  }

  /** The "s" after an acronym is its plural ({@code parseURLs}), not a new word. */
  private static boolean pluralOfAcronym(String name, int i) {
    return name.charAt(i + 1) == 's' && (i + 2 == name.length() || !Character.isLowerCase(name.charAt(i + 2)));
  }

  /** The tool name a method gets by default: its name in snake_case. */
  public static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean prevLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
        boolean nextLower = i > 0 && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
            && Character.isUpperCase(name.charAt(i - 1)) && !pluralOfAcronym(name, i);
        if (prevLower || nextLower) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
