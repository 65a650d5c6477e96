package dev.mcpapt.processor.writer;

import static dev.mcpapt.processor.names.RuntimeTypes.ARGUMENT_RULES;
import static dev.mcpapt.processor.names.RuntimeTypes.COMPLETION_STAGE;
import static dev.mcpapt.processor.names.RuntimeTypes.GENERATED_TOOL;
import static dev.mcpapt.processor.names.RuntimeTypes.IO_EXCEPTION;
import static dev.mcpapt.processor.names.RuntimeTypes.JSON_GENERATOR;
import static dev.mcpapt.processor.names.RuntimeTypes.JSON_NODE;
import static dev.mcpapt.processor.names.RuntimeTypes.LIST;
import static dev.mcpapt.processor.names.RuntimeTypes.MCP_CONTEXT;
import static dev.mcpapt.processor.names.RuntimeTypes.PROBLEMS;
import static dev.mcpapt.processor.names.RuntimeTypes.TOOL_HANDLER;
import static dev.mcpapt.processor.names.RuntimeTypes.TOOL_RESULT;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.JsonType;
import dev.mcpapt.processor.model.NamedType;
import dev.mcpapt.processor.model.ParameterModel;
import dev.mcpapt.processor.model.ResultModel;
import dev.mcpapt.processor.model.ToolModel;
import dev.mcpapt.processor.model.ToolSchemaModel;
import dev.mcpapt.processor.model.ValueModel;
import dev.mcpapt.processor.names.GeneratedNames;
import dev.mcpapt.processor.names.RuntimeTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The tools: one static method per {@code @Tool} method (read each argument, call the method, wrap
 * what it returns), served by the runtime's {@code GeneratedTool}, which owns the name, the
 * descriptor and the arguments check. A static method referenced by name rather than a lambda:
 * javac attributes a lambda's body again for each call that resolves around it, which made the
 * generated code several times slower to compile.
 */
final class ToolsWriter implements FactoryWriter.MemberWriter {
  /** The body's parameters, and the names it uses itself. */
  private static final List<String> RESERVED = List.of("instance", "args", "problems", "context", "result", "widget");

  @Override
  public void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component) {
    List<ToolModel> tools = component.tools();
    for (int i = 0; i < tools.size(); i++) {
      factory.addMethod(handler(component, codecs, tools.get(i), overload(tools, i)));
    }
  }

  @Override
  public void addToComponent(TypeSpec.Builder type, MethodSpec.Builder constructor, ComponentModel component) {
    TypeName listType = ParameterizedTypeName.get(LIST, TOOL_HANDLER);
    type.addField(listType, "tools", Modifier.PRIVATE, Modifier.FINAL);
    List<ToolModel> tools = component.tools();
    List<CodeBlock> handlers = new ArrayList<>();
    for (int i = 0; i < tools.size(); i++) {
      ToolModel tool = tools.get(i);
      // The explicit type argument spares javac inferring it from the method reference, which at a
      // thousand tools was the largest single cost of compiling the generated code.
      CodeBlock handler = CodeBlock.of("$T.<$T>$N($L, $S, instance, $T::$N)", GENERATED_TOOL,
          component.annotatedClass(), tool.result().async() ? "async" : "of", FactoryWriter.descriptorFile(),
          tool.name(), component.generated(),
          GeneratedNames.toolHandler(tool.methodName(), overload(tools, i)));
      // A method that calls context.startTask() itself: the runtime must not start the task first.
      if (tool.taskStartedByMethod()) {
        handler = CodeBlock.of("$T.startingItsOwnTask($L)", GENERATED_TOOL, handler);
      }
      // A method declared never to block: the engine may run it on the thread that read the call.
      if (tool.nonBlocking()) {
        handler = CodeBlock.of("$T.nonBlocking($L)", GENERATED_TOOL, handler);
      }
      handlers.add(handler);
    }
    constructor.addStatement("this.tools = $L", FactoryWriter.listOf(handlers));
    type.addMethod(MethodSpec.methodBuilder("tools")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(listType)
        .addStatement("return tools")
        .build());
  }

  private static int overload(List<ToolModel> tools, int index) {
    return GeneratedNames.overloadIndex(tools.stream().map(ToolModel::methodName).toList(), index);
  }

  private static MethodSpec handler(ComponentModel component, CodecWriter codecs, ToolModel tool, int overload) {
    NameAllocator names = new NameAllocator();
    RESERVED.forEach(names::newName);
    ResultModel result = tool.result();
    MethodSpec.Builder m = MethodSpec.methodBuilder(GeneratedNames.toolHandler(tool.methodName(), overload))
        .addJavadoc("The {@code $L} tool: {@link $T#$L}.\n", tool.name(), component.annotatedClass(), tool.methodName())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(result.async() ? ParameterizedTypeName.get(COMPLETION_STAGE, TOOL_RESULT) : TOOL_RESULT)
        .addParameter(component.annotatedClass(), "instance")
        .addParameter(JSON_NODE, "args")
        .addParameter(PROBLEMS, "problems")
        .addParameter(MCP_CONTEXT, "context")
        .addException(Exception.class);
    List<String> callArgs = new ArrayList<>();
    for (ParameterModel p : tool.parameters()) {
      if (p.context()) {
        callArgs.add("context");
        continue;
      }
      String local = names.newName(p.javaName(), p);
      callArgs.add(local);
      ValueModel v = p.value();
      TypeName type = v.optional()
          ? ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, v.type().javaType().box()) : v.type().javaType();
      m.addStatement("$T $N = $L", type, local,
          codecs.readProperty(CodeBlock.of("args"), p.jsonName(), v, p.required(), p.defaultJson(), "problems"));
    }
    addRuleChecks(m, codecs, tool.schema());
    m.addStatement("problems.throwIfAny()");
    CodeBlock invocation = CodeBlock.of("$L.$N($L)",
        tool.isStatic() ? CodeBlock.of("$T", component.annotatedClass()) : CodeBlock.of("instance"),
        tool.methodName(), String.join(", ", callArgs));
    addReturn(m, component, codecs, tool, overload, invocation);
    return m.build();
  }

  /** The checks of {@code @AtLeastOneOf} and {@code @RequiredWhen}, on the arguments as sent. */
  private static void addRuleChecks(MethodSpec.Builder m, CodecWriter codecs, ToolSchemaModel schema) {
    for (List<String> group : schema.atLeastOneOf()) {
      m.addStatement("$T.atLeastOneOf(args, $L, problems)", ARGUMENT_RULES, names(group));
    }
    for (ToolSchemaModel.Condition c : schema.conditions()) {
      m.addStatement("$T.requiredWhen(args, $S, $L, $L, $L, problems)", ARGUMENT_RULES, c.param(),
          codecs.valueConstant(c.valueJson()), names(c.require()), names(c.otherwise()));
    }
  }

  private static CodeBlock names(List<String> names) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", LIST);
    for (int i = 0; i < names.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", names.get(i));
    }
    return b.add(")").build();
  }

  /** The body's {@code return}: the method's value (or, async, its stage) turned into a {@code ToolResult}. */
  private static void addReturn(MethodSpec.Builder m, ComponentModel component, CodecWriter codecs, ToolModel tool,
      int overload, CodeBlock invocation) {
    ResultModel result = tool.result();
    if (result.kind() == ResultModel.Kind.TOOL_RESULT) {
      m.addStatement("return $L", invocation);
    } else if (result.async()) {
      m.addStatement("return $L.thenApply(result -> $L)", invocation, wrap(component, codecs, tool, overload,
          CodeBlock.of("result")));
    } else if (result.kind() == ResultModel.Kind.VOID) {
      m.addStatement(invocation);
      m.addStatement("return $T.empty()", GENERATED_TOOL);
    } else if (enumWithJsonNames(component, result) != null) {
      // The enum's JSON name needs the value twice: once to test for null.
      m.addStatement("$T result = $L", result.javaType(), invocation);
      m.addStatement("return $L", wrap(component, codecs, tool, overload, CodeBlock.of("result")));
    } else {
      m.addStatement("return $L", wrap(component, codecs, tool, overload, invocation));
    }
  }

  /** The expression that turns {@code value} into a {@code ToolResult}. */
  private static CodeBlock wrap(ComponentModel component, CodecWriter codecs, ToolModel tool, int overload,
      CodeBlock value) {
    ResultModel result = tool.result();
    switch (result.kind()) {
      case VOID:
        return CodeBlock.of("$T.empty()", GENERATED_TOOL);
      case TOOL_RESULT:
        return value;
      case TEXT:
        NamedType.EnumModel e = enumWithJsonNames(component, result);
        if (e != null) {
          // An enum's text is its JSON name, as in schemas.
          return CodeBlock.of("$T.text($L == null ? $S : $N($L))", TOOL_RESULT, value, "null", codecs.enumText(e), value);
        }
        return CodeBlock.of("$T.text($L)", GENERATED_TOOL, value);
      case STRUCTURED:
      case ITEMS:
      default:
        String writer = result.kind() == ResultModel.Kind.STRUCTURED && result.value().type() instanceof JsonType.Named n
            ? GeneratedNames.writer(n.javaType())
            : resultWriter(codecs, tool, overload, result.kind() == ResultModel.Kind.ITEMS);
        if (result.widgetData() != null && result.widgetData().type() instanceof JsonType.Named data) {
          // A TypedWidgetResult writes its widget data as the result's _meta, with the data's writer.
          return CodeBlock.of("$T.orError($L, widget -> widget.toToolResult($T::$N, $T::$N))", GENERATED_TOOL, value,
              component.generated(), writer, component.generated(), GeneratedNames.writer(data.javaType()));
        }
        if (result.widget()) {
          // A WidgetResult converts itself (text, widget-only _meta), with the same writer.
          return CodeBlock.of("$T.orError($L, widget -> widget.toToolResult($T::$N))", GENERATED_TOOL, value,
              component.generated(), writer);
        }
        return CodeBlock.of("$T.structured($L, $T::$N)", GENERATED_TOOL, value, component.generated(), writer);
    }
  }

  private static NamedType.EnumModel enumWithJsonNames(ComponentModel component, ResultModel result) {
    if (result.kind() == ResultModel.Kind.TEXT
        && result.value().type() instanceof JsonType.Named n
        && component.type(n.javaType()) instanceof NamedType.EnumModel e
        && e.constants().stream().anyMatch(c -> !c.javaName().equals(c.jsonName()))) {
      return e;
    }
    return null;
  }

  /** A static writer for a result that is not a named type (a map, or a collection wrapped in {"items": ...}). */
  private static String resultWriter(CodecWriter codecs, ToolModel tool, int overload, boolean items) {
    String name = GeneratedNames.toolResultWriter(tool.methodName(), overload);
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(JSON_GENERATOR, "generator")
        .addParameter(tool.result().javaType(), "value")
        .addException(IO_EXCEPTION);
    if (items) {
      m.addStatement("generator.writeStartObject()");
      m.addStatement("generator.writeFieldName($S)", "items");
      m.addStatement(codecs.writeCall(tool.result().value(), CodeBlock.of("generator"), CodeBlock.of("value")));
      m.addStatement("generator.writeEndObject()");
    } else {
      m.addStatement(codecs.writeCall(tool.result().value(), CodeBlock.of("generator"), CodeBlock.of("value")));
    }
    codecs.addMethod(m.build());
    return name;
  }
}
