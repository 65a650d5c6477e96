package dev.mcpapt.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.model.NamedType.ObjectModel;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.read.Javadoc;
import dev.mcpapt.processor.read.OutputTemplateAnnotation;
import dev.mcpapt.processor.read.ParamAnnotation;
import dev.mcpapt.processor.read.ToolAnnotation;
import dev.mcpapt.processor.read.WidgetAccessibleAnnotation;
import dev.mcpapt.processor.names.GeneratedNames;
import dev.mcpapt.processor.widget.WidgetComponent;
import dev.mcpapt.processor.widget.WidgetReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link ComponentModel} of one annotated class from its tool methods, reporting every
 * problem of their types on the parameter or method concerned. Structural checks (visibility,
 * names, annotation combinations) are done by {@code ComponentValidator} beforehand; this factory
 * still runs when those failed, so that all errors of a class are reported in one compile.
 */
public final class ComponentModelFactory {
  private static final String CONTEXT = RuntimeTypes.MCP_CONTEXT.canonicalName();
  private static final String TOOL_RESULT = RuntimeTypes.TOOL_RESULT.canonicalName();
  private static final String WIDGET_RESULT = RuntimeTypes.WIDGET_RESULT.canonicalName();
  private static final String TYPED_WIDGET_RESULT = RuntimeTypes.TYPED_WIDGET_RESULT.canonicalName();

  private final Elements elements;
  private final Types types;
  private final FeaturesModelFactory features;
  private final WidgetReader widgets;

  public ComponentModelFactory(Elements elements, Types types, Filer filer) {
    this.elements = elements;
    this.types = types;
    this.features = new FeaturesModelFactory(elements);
    this.widgets = new WidgetReader(filer);
  }

  /**
   * The complete model of {@code type}: its tools, resources, templates, prompts, completions and
   * widgets. A member whose types have errors (in {@code report}) is left out of it; a model built
   * with errors is never written.
   *
   * @throws MissingTypeException if a member uses a type not generated yet: the class waits for a
   *     later round
   */
  public ComponentModel create(TypeElement type, Report report) {
    MissingTypes.check(type);
    ClassName annotated = ClassName.get(type);
    TypeModelFactory typeModels =
        new TypeModelFactory(elements, types, report, elements.getPackageOf(type).getQualifiedName().toString());
    List<ToolModel> tools = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      ToolAnnotation.read(method).map(tool -> tool(method, tool, typeModels, report)).ifPresent(tools::add);
    }
    Map<ClassName, NamedType> named = Map.copyOf(typeModels.namedTypes());
    SchemaDefs.checkUnique(typeModels.namedTypes(), elements, report);
    Set<ClassName> inputTypes = new LinkedHashSet<>();
    Set<ClassName> outputTypes = new LinkedHashSet<>();
    for (ToolModel tool : tools) {
      ExecutableElement method = tool.element();
      for (ParameterModel p : tool.arguments()) {
        Element at = parameterElement(method, p.javaName());
        walk(p.value(), true, named, inputTypes, report, at, "parameter " + p.javaName() + " of " + method.getSimpleName());
      }
      if (tool.result().value() != null) {
        walk(tool.result().value(), false, named, outputTypes, report, method, "result of " + method.getSimpleName());
      }
      if (tool.result().widgetData() != null) {
        walk(tool.result().widgetData(), false, named, outputTypes, report, method,
            "widget data of " + method.getSimpleName());
      }
    }
    // Resources, templates, prompts and completions, and the widget annotations, are read even
    // when the tools failed, so that every error of the class shows at once.
    FeaturesModel featureModel = features.create(type, report);
    WidgetComponent widgetModel = widgets.read(ToolMethods.of(type, tools), report);
    boolean needsInstance = tools.stream().anyMatch(t -> !t.isStatic()) || featureModel.needsInstance();
    return new ComponentModel(
        type,
        annotated,
        elements.getBinaryName(type).toString(),
        GeneratedNames.factory(annotated),
        !needsInstance || TypeModelFactory.hasPublicNoArgConstructor(type),
        needsInstance,
        List.copyOf(tools),
        Collections.unmodifiableMap(new LinkedHashMap<>(typeModels.namedTypes())),
        Collections.unmodifiableSet(inputTypes),
        Collections.unmodifiableSet(outputTypes),
        List.copyOf(typeModels.defaults()),
        featureModel,
        widgetModel);
  }

  private static Element parameterElement(ExecutableElement method, String name) {
    for (VariableElement p : method.getParameters()) {
      if (p.getSimpleName().contentEquals(name)) {
        return p;
      }
    }
    return method;
  }

  /**
   * Marks the named types reachable from {@code value} in one direction, and checks what only that
   * direction needs: a type read from JSON must be constructible.
   */
  private static void walk(
      ValueModel value, boolean input, Map<ClassName, NamedType> named, Set<ClassName> seen, Report report, Element at,
      String where) {
    JsonType type = value.type();
    if (type instanceof JsonType.ArrayType a) {
      walk(a.element(), input, named, seen, report, at, where);
    } else if (type instanceof JsonType.MapType m) {
      walk(m.value(), input, named, seen, report, at, where);
    } else if (type instanceof JsonType.Named n && seen.add(n.javaType())) {
      NamedType model = named.get(n.javaType());
      if (model instanceof ObjectModel o) {
        if (input && !o.constructible()) {
          report.error(Diagnostic.McpNotConstructible, at, o.name().canonicalName() + " (in " + where + ")");
        }
        for (PropertyModel p : o.properties()) {
          if (input ? p.write() != null : p.read() != null) {
            walk(p.value(), input, named, seen, report, at, where);
          }
        }
      } else if (model instanceof NamedType.SealedModel s) {
        for (NamedType.SealedModel.Variant v : s.variants()) {
          walk(ValueModel.of(new JsonType.Named(v.record())), input, named, seen, report, at, where);
        }
      }
    }
  }

  private ToolModel tool(ExecutableElement method, ToolAnnotation tool, TypeModelFactory typeModels, Report report) {
    String methodName = method.getSimpleName().toString();
    Javadoc doc = Javadoc.of(elements, method);
    String name = tool.name().isEmpty() ? TypeModelFactory.snakeCase(methodName) : tool.name();
    String description = tool.description().isEmpty() ? doc.text() : tool.description();
    List<ParameterModel> parameters = new ArrayList<>();
    Set<String> jsonNames = new HashSet<>();
    Set<String> headers = new HashSet<>();
    boolean ok = true;
    boolean hasContext = false;
    for (VariableElement p : method.getParameters()) {
      String javaName = p.getSimpleName().toString();
      if (isType(p.asType(), CONTEXT)) {
        if (hasContext) {
          report.error(Diagnostic.McpMultipleContexts, p, methodName);
          ok = false;
        }
        hasContext = true;
        parameters.add(new ParameterModel(javaName, null, null, true, false, "", null, null));
        continue;
      }
      Optional<ParamAnnotation> param = ParamAnnotation.read(p);
      String jsonName = param.map(ParamAnnotation::name).filter(s -> !s.isEmpty()).orElse(javaName);
      if (!jsonNames.add(jsonName)) {
        report.error(Diagnostic.McpDuplicateName, p, jsonName, methodName);
        ok = false;
      }
      String where = "parameter " + javaName + " of " + methodName;
      ValueModel value = typeModels.value(p.asType(), p, where, p);
      if (value == null) {
        ok = false;
        continue;
      }
      String paramDescription = param.map(ParamAnnotation::description).filter(s -> !s.isEmpty()).orElse(doc.param(javaName));
      String defaultJson = param.filter(ParamAnnotation::hasDefault).map(ParamAnnotation::defaultValue).orElse(null);
      if (defaultJson != null) {
        typeModels.defaults().add(new DefaultValue(defaultJson, value, p, param.get(), where));
      }
      String header = param.filter(ParamAnnotation::hasHeader).map(a -> header(a, p, value, where, headers, report)).orElse(null);
      if (param.filter(ParamAnnotation::hasHeader).isPresent() && header == null) {
        ok = false;
      }
      boolean required = !value.nullable() && defaultJson == null && !typeModels.omittable(param, value, p, where);
      parameters.add(new ParameterModel(javaName, jsonName, value, false, required, paramDescription, defaultJson,
          header));
    }
    ResultModel result = result(method, typeModels, report);
    ToolSchemaModel schema = ok ? ToolSchemaFactory.read(method, parameters, typeModels.namedTypes(), report) : null;
    if (result == null || schema == null) {
      return null;
    }
    return new ToolModel(
        method,
        name,
        tool.title(),
        description,
        tool.hints(),
        WidgetAccessibleAnnotation.read(method).isPresent(),
        OutputTemplateAnnotation.read(method).map(OutputTemplateAnnotation::uri).orElse(null),
        methodName,
        method.getModifiers().contains(Modifier.STATIC),
        List.copyOf(parameters),
        result,
        "FORBIDDEN".equals(tool.task()) ? null : tool.task().toLowerCase(java.util.Locale.ROOT),
        tool.taskStartedByMethod(),
        tool.nonBlocking(),
        schema);
  }

  /**
   * The {@code x-mcp-header} name of a tool parameter, checked as the 2026-07-28 spec says: an
   * HTTP token, unique ignoring case, on a string, enum, boolean or safe integer; {@code null}
   * (reported) otherwise.
   */
  private static String header(ParamAnnotation a, VariableElement p, ValueModel value, String where, Set<String> seen,
      Report report) {
    String name = a.header();
    String problem = null;
    if (name.isEmpty()) {
      problem = "the header name is empty";
    } else if (!name.chars().allMatch(ComponentModelFactory::isTokenChar)) {
      problem = "a header name is an HTTP token: letters, digits and !#$%&'*+-.^_`|~ only";
    } else if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
      problem = "another parameter of the tool already uses this header name (names are compared ignoring case)";
    } else if (!headerType(value, p)) {
      problem = "only a string, an enum, a boolean, or an int, short, byte or char can be mirrored in a header"
          + " (a long or a floating-point number cannot be carried exactly; pass it as a String)";
    }
    if (problem != null) {
      report.error(Diagnostic.McpInvalidHeader, p, a.mirror(), a.headerValue(), name, where, problem);
      return null;
    }
    return name;
  }

  private static boolean isTokenChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  private static boolean headerType(ValueModel value, VariableElement p) {
    if (value.type() instanceof JsonType.ScalarType s) {
      return switch (s.scalar()) {
        case LONG, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER -> false;
        default -> true;
      };
    }
    return value.type() instanceof JsonType.Named && p.asType() instanceof DeclaredType d
        && d.asElement().getKind() == javax.lang.model.element.ElementKind.ENUM;
  }

  private ResultModel result(ExecutableElement method, TypeModelFactory typeModels, Report report) {
    TypeMirror type = method.getReturnType();
    boolean async = false;
    String where = "result of " + method.getSimpleName();
    if (isType(type, "java.util.concurrent.CompletionStage") || isType(type, "java.util.concurrent.CompletableFuture")) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      if (args.size() != 1) {
        typeModels.value(type, method, where); // reports the raw type
        return null;
      }
      type = args.get(0);
      async = true;
    }
    boolean typed = isType(type, TYPED_WIDGET_RESULT);
    if (typed || isType(type, WIDGET_RESULT)) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      if (args.size() != (typed ? 2 : 1)) {
        report.error(Diagnostic.McpUnsupportedType, method, where, type, typed
            ? "TypedWidgetResult needs its type arguments, e.g. TypedWidgetResult<TaskSummary, TaskBoard>"
            : "WidgetResult needs its type argument, e.g. WidgetResult<TaskSummary>");
        return null;
      }
      ResultModel inner = result(method, args.get(0), async, typeModels, report);
      ValueModel data = typed ? WidgetDataFactory.widgetData(method, args.get(1), typeModels, report) : null;
      if (inner == null || typed && data == null) {
        return null;
      }
      if (!inner.hasOutputSchema()) {
        report.error(Diagnostic.McpUnsupportedType, method, where, type,
            "a WidgetResult carries structuredContent, so its value must be a record, bean, map or collection");
        return null;
      }
      return typed ? inner.asWidget(data) : inner.asWidget();
    }
    return result(method, type, async, typeModels, report);
  }

  private ResultModel result(
      ExecutableElement method, TypeMirror type, boolean async, TypeModelFactory typeModels, Report report) {
    String where = "result of " + method.getSimpleName();
    if (type.getKind() == TypeKind.VOID || isType(type, "java.lang.Void")) {
      return new ResultModel(ResultModel.Kind.VOID, null, async, TypeName.get(type).box());
    }
    if (isType(type, TOOL_RESULT)) {
      return new ResultModel(ResultModel.Kind.TOOL_RESULT, null, async, TypeName.get(type));
    }
    ValueModel value = typeModels.value(type, method, where);
    if (value == null) {
      return null;
    }
    if (value.optional()) {
      report.error(Diagnostic.McpUnsupportedType, method, where, type,
          "Optional results are not supported; return the value itself (null for none) or a ToolResult");
      return null;
    }
    JsonType json = value.type();
    ResultModel.Kind kind;
    if (json instanceof JsonType.ScalarType || json instanceof JsonType.AnyType
        || json instanceof JsonType.Named n && typeModels.namedTypes().get(n.javaType()) instanceof NamedType.EnumModel) {
      kind = ResultModel.Kind.TEXT;
    } else if (json instanceof JsonType.ArrayType) {
      kind = ResultModel.Kind.ITEMS;
    } else {
      kind = ResultModel.Kind.STRUCTURED;
    }
    return new ResultModel(kind, value, async, TypeName.get(type));
  }

  private static boolean isType(TypeMirror type, String qualifiedName) {
    return TypeModelFactory.qualifiedName(type).equals(qualifiedName);
  }
}
