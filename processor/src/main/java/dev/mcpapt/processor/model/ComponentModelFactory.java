package dev.mcpapt.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
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
 * Builds the {@link ComponentModel} of one annotated class: its tools, features and widgets, as
 * written. It checks nothing: what cannot be generated is kept in the model (for example an
 * {@link Unsupported} result), and {@code validation.ComponentValidator} reports it; a model with
 * errors is never written.
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
   * widgets, as written; {@code validation.ComponentValidator} says whether it can be written.
   *
   * @throws MissingTypeException if a member uses a type not generated yet: the class waits for a
   *     later round
   */
  public ComponentModel create(TypeElement type) {
    MissingTypes.check(type);
    ClassName annotated = ClassName.get(type);
    TypeModelFactory typeModels =
        new TypeModelFactory(elements, types, elements.getPackageOf(type).getQualifiedName().toString());
    List<ToolModel> tools = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      ToolAnnotation.read(method).map(tool -> tool(method, tool, typeModels)).ifPresent(tools::add);
    }
    Map<ClassName, NamedType> named = Map.copyOf(typeModels.namedTypes());
    Set<ClassName> inputTypes = new LinkedHashSet<>();
    Set<ClassName> outputTypes = new LinkedHashSet<>();
    for (ToolModel tool : tools) {
      for (ParameterModel p : tool.arguments()) {
        inputTypes.addAll(reachable(p.value(), true, named));
      }
      if (tool.result().value() != null) {
        outputTypes.addAll(reachable(tool.result().value(), false, named));
      }
      if (tool.result().widgetData() != null) {
        outputTypes.addAll(reachable(tool.result().widgetData(), false, named));
      }
    }
    // Resources, templates, prompts and completions, and the widget annotations, are read even
    // when the tools failed, so that every error of the class shows at once.
    FeaturesModel featureModel = features.create(type);
    WidgetComponent widgetModel = widgets.read(ToolMethods.of(type, tools));
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

  /**
   * The named types reachable from {@code value} in one direction, in the order met: from JSON
   * ({@code input}: through writable properties) or to JSON (through readable ones).
   */
  public static Set<ClassName> reachable(ValueModel value, boolean input, Map<ClassName, NamedType> named) {
    Set<ClassName> seen = new LinkedHashSet<>();
    walk(value, input, named, seen);
    return seen;
  }

  private static void walk(ValueModel value, boolean input, Map<ClassName, NamedType> named, Set<ClassName> seen) {
    JsonType type = value.type();
    if (type instanceof JsonType.ArrayType a) {
      walk(a.element(), input, named, seen);
    } else if (type instanceof JsonType.MapType m) {
      walk(m.value(), input, named, seen);
    } else if (type instanceof JsonType.Named n && seen.add(n.javaType())) {
      NamedType model = named.get(n.javaType());
      if (model instanceof ObjectModel o) {
        for (PropertyModel p : o.properties()) {
          if (input ? p.write() != null : p.read() != null) {
            walk(p.value(), input, named, seen);
          }
        }
      } else if (model instanceof NamedType.SealedModel s) {
        for (NamedType.SealedModel.Variant v : s.variants()) {
          walk(ValueModel.of(new JsonType.Named(v.record())), input, named, seen);
        }
      }
    }
  }

  private ToolModel tool(ExecutableElement method, ToolAnnotation tool, TypeModelFactory typeModels) {
    String methodName = method.getSimpleName().toString();
    Javadoc doc = Javadoc.of(elements, method);
    String name = tool.name().isEmpty() ? TypeModelFactory.snakeCase(methodName) : tool.name();
    String description = tool.description().isEmpty() ? doc.text() : tool.description();
    List<ParameterModel> parameters = new ArrayList<>();
    for (VariableElement p : method.getParameters()) {
      String javaName = p.getSimpleName().toString();
      if (isType(p.asType(), CONTEXT)) {
        parameters.add(new ParameterModel(p, javaName, null, null, true, false, "", null, null));
        continue;
      }
      Optional<ParamAnnotation> param = ParamAnnotation.read(p);
      String jsonName = param.map(ParamAnnotation::name).filter(s -> !s.isEmpty()).orElse(javaName);
      String where = "parameter " + javaName + " of " + methodName;
      ValueModel value = typeModels.value(p.asType(), p, where, p);
      String paramDescription = param.map(ParamAnnotation::description).filter(s -> !s.isEmpty()).orElse(doc.param(javaName));
      String defaultJson = param.filter(ParamAnnotation::hasDefault).map(ParamAnnotation::defaultValue).orElse(null);
      if (defaultJson != null && typeModels.complete(value)) {
        typeModels.defaults().add(new DefaultValue(defaultJson, value, p, param.get(), where));
      }
      String header = param.filter(ParamAnnotation::hasHeader).map(ParamAnnotation::header).orElse(null);
      boolean required = !value.nullable() && defaultJson == null && !TypeModelFactory.omittable(param, value);
      parameters.add(new ParameterModel(p, javaName, jsonName, value, false, required, paramDescription, defaultJson,
          header));
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
        result(method, typeModels),
        "FORBIDDEN".equals(tool.task()) ? null : tool.task().toLowerCase(java.util.Locale.ROOT),
        tool.taskStartedByMethod(),
        tool.nonBlocking(),
        ToolSchemaFactory.read(method, parameters, typeModels.namedTypes()));
  }

  /** The model of the method's result. */
  private ResultModel result(ExecutableElement method, TypeModelFactory typeModels) {
    TypeMirror type = method.getReturnType();
    boolean async = false;
    String where = "result of " + method.getSimpleName();
    if (isType(type, "java.util.concurrent.CompletionStage") || isType(type, "java.util.concurrent.CompletableFuture")) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      if (args.size() != 1) { // a raw stage: its value says why it cannot be used
        return new ResultModel(ResultModel.Kind.STRUCTURED, typeModels.value(type, method, where), false,
            TypeName.get(type));
      }
      type = args.get(0);
      async = true;
    }
    boolean typed = isType(type, TYPED_WIDGET_RESULT);
    if (typed || isType(type, WIDGET_RESULT)) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      if (args.size() != (typed ? 2 : 1)) {
        return ResultModel.unsupported(new Unsupported(method, where, type, typed
            ? "TypedWidgetResult needs its type arguments, e.g. TypedWidgetResult<TaskSummary, TaskBoard>"
            : "WidgetResult needs its type argument, e.g. WidgetResult<TaskSummary>"), async, TypeName.get(type));
      }
      ResultModel inner = result(method, args.get(0), async, typeModels);
      ValueModel data = typed ? typeModels.value(args.get(1), method, "widget data of " + method.getSimpleName()) : null;
      boolean complete = inner.unsupported() == null && (inner.value() == null || typeModels.complete(inner.value()))
          && (data == null || typeModels.complete(data));
      if (complete && !inner.hasOutputSchema()) {
        inner = inner.with(new Unsupported(method, where, type,
            "a WidgetResult carries structuredContent, so its value must be a record, bean, map or collection"));
      }
      return typed ? inner.asWidget(data, args.get(1)) : inner.asWidget();
    }
    return result(method, type, async, typeModels);
  }

  private ResultModel result(ExecutableElement method, TypeMirror type, boolean async, TypeModelFactory typeModels) {
    String where = "result of " + method.getSimpleName();
    if (type.getKind() == TypeKind.VOID || isType(type, "java.lang.Void")) {
      return new ResultModel(ResultModel.Kind.VOID, null, async, TypeName.get(type).box());
    }
    if (isType(type, TOOL_RESULT)) {
      return new ResultModel(ResultModel.Kind.TOOL_RESULT, null, async, TypeName.get(type));
    }
    ValueModel value = typeModels.value(type, method, where);
    if (value.optional() && typeModels.complete(value)) {
      return ResultModel.unsupported(new Unsupported(method, where, type,
          "Optional results are not supported; return the value itself (null for none) or a ToolResult"),
          async, TypeName.get(type));
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
