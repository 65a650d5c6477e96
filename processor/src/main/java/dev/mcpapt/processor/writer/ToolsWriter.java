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
 * The tools: one switch over the class's tools ({@link SwitchWriter}), one case per {@code @Tool}
 * method (read each argument, call the method, wrap what it returns), numbered by the tool's
 * position in the class's descriptor file, and served by the runtime's {@code GeneratedTool}, which
 * owns the name, the descriptor and the arguments check.
 */
final class ToolsWriter implements FactoryWriter.MemberWriter {
  /** The switch's parameters, and the names a case uses itself. */
  private static final List<String> RESERVED =
      List.of("tool", "instance", "args", "problems", "context", "result", "widget");

  @Override
  public void addTo(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component) {
    for (boolean async : new boolean[] {false, true}) {
      List<Integer> tools = new ArrayList<>();
      for (int i = 0; i < component.tools().size(); i++) {
        if (component.tools().get(i).result().async() == async) {
          tools.add(i);
        }
      }
      if (!tools.isEmpty()) {
        addSwitch(factory, codecs, component, tools, async);
      }
    }
  }

  /**
   * {@code callTools} (or {@code callToolsLater}, for the methods that answer later): one case per
   * tool, numbered by its position in the descriptor file, which lists the same tools in the same
   * order.
   */
  private static void addSwitch(TypeSpec.Builder factory, CodecWriter codecs, ComponentModel component,
      List<Integer> tools, boolean async) {
    SwitchWriter.add(factory, async ? GeneratedNames.ASYNC_TOOL_SWITCH : GeneratedNames.TOOL_SWITCH,
        "The tools" + (async ? " that answer later" : "") + ", by their position in the descriptor file.",
        name -> MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(async ? ParameterizedTypeName.get(COMPLETION_STAGE, TOOL_RESULT) : TOOL_RESULT)
            .addParameter(int.class, "tool")
            .addParameter(component.annotatedClass(), "instance")
            .addParameter(JSON_NODE, "args")
            .addParameter(PROBLEMS, "problems")
            .addParameter(MCP_CONTEXT, "context")
            .addException(Exception.class),
        List.of("tool", "instance", "args", "problems", "context"), tools,
        i -> component.tools().get(i).name(),
        i -> body(component, codecs, component.tools().get(i), overload(component.tools(), i)));
  }

  @Override
  public void addToComponent(MethodSpec.Builder method, CodeBlock.Builder builder, ComponentModel component) {
    List<ToolModel> tools = component.tools();
    if (tools.isEmpty()) {
      return;
    }
    List<String> later = names(tools, t -> t.result().async());
    List<String> nonBlocking = names(tools, ToolModel::nonBlocking);
    List<String> ownTask = names(tools, ToolModel::taskStartedByMethod);
    if (later.isEmpty() && nonBlocking.isEmpty() && ownTask.isEmpty()) {
      builder.add("\n.tools($T.<$T>list($L, instance, $T::$N))", GENERATED_TOOL, component.annotatedClass(),
          FactoryWriter.descriptorFile(), component.generated(), GeneratedNames.TOOL_SWITCH);
      return;
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T tools = $T.<$T>tools($L, instance)",
        ParameterizedTypeName.get(LIST, TOOL_HANDLER), GENERATED_TOOL, component.annotatedClass(),
        FactoryWriter.descriptorFile());
    if (later.size() < tools.size()) {
      b.add("\n.answering($T::$N)", component.generated(), GeneratedNames.TOOL_SWITCH);
    }
    if (!later.isEmpty()) {
      b.add("\n.answeringLater($T::$N, $L)", component.generated(), GeneratedNames.ASYNC_TOOL_SWITCH, strings(later));
    }
    // A method declared never to block: the engine may run it on the thread that read the call.
    if (!nonBlocking.isEmpty()) {
      b.add("\n.nonBlocking($L)", strings(nonBlocking));
    }
    // A method that calls context.startTask() itself: the runtime must not start the task first.
    if (!ownTask.isEmpty()) {
      b.add("\n.startingTheirOwnTask($L)", strings(ownTask));
    }
    method.addStatement(b.add("\n.list()").build());
    builder.add("\n.tools(tools)");
  }

  private static List<String> names(List<ToolModel> tools, java.util.function.Predicate<ToolModel> which) {
    return tools.stream().filter(which).map(ToolModel::name).toList();
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < values.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return b.build();
  }

  private static int overload(List<ToolModel> tools, int index) {
    return GeneratedNames.overloadIndex(tools.stream().map(ToolModel::methodName).toList(), index);
  }

  /** One tool's case: read each argument, check the rules, call the method, wrap what it returns. */
  private static CodeBlock body(ComponentModel component, CodecWriter codecs, ToolModel tool, int overload) {
    LocalNames names = LocalNames.reserving(RESERVED);
    CodeBlock.Builder m = CodeBlock.builder();
    List<String> callArgs = new ArrayList<>();
    for (ParameterModel p : tool.parameters()) {
      if (p.context()) {
        callArgs.add("context");
        continue;
      }
      String local = names.newLocal(p.javaName());
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
  private static void addRuleChecks(CodeBlock.Builder m, CodecWriter codecs, ToolSchemaModel schema) {
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
  private static void addReturn(CodeBlock.Builder m, ComponentModel component, CodecWriter codecs, ToolModel tool,
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
        boolean named = result.kind() == ResultModel.Kind.STRUCTURED && result.value().type() instanceof JsonType.Named;
        String writer = named
            ? GeneratedNames.writer(((JsonType.Named) result.value().type()).javaType())
            : resultWriter(codecs, tool, overload, result.kind() == ResultModel.Kind.ITEMS);
        TypeName writtenType = named ? result.value().type().javaType() : tool.result().javaType();
        if (result.widgetData() != null && result.widgetData().type() instanceof JsonType.Named data) {
          // A TypedWidgetResult writes its widget data as the result's _meta, with the data's writer.
          return CodeBlock.of("$T.orError($L, widget -> widget.toToolResult($L, $L))", GENERATED_TOOL, value,
              codecs.writerConstant(writer, writtenType), codecs.writerConstant(GeneratedNames.writer(data.javaType()),
                  data.javaType()));
        }
        if (result.widget()) {
          // A WidgetResult converts itself (text, widget-only _meta), with the same writer.
          return CodeBlock.of("$T.orError($L, widget -> widget.toToolResult($L))", GENERATED_TOOL, value,
              codecs.writerConstant(writer, writtenType));
        }
        return CodeBlock.of("$T.structured($L, $L)", GENERATED_TOOL, value, codecs.writerConstant(writer, writtenType));
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
