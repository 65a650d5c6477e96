package dev.mcpapt.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * One {@code @Tool} method.
 *
 * @param element the method: where its problems are reported
 * @param hints the hints written explicitly, in MCP schema order
 * @param outputTemplateUri the {@code @OutputTemplate} URI, or null
 * @param taskSupport {@code execution.taskSupport}: {@code "optional"} or {@code "required"}, or
 *     null when the tool never runs as a task
 * @param taskStartedByMethod whether the method starts its task itself
 * @param nonBlocking whether the method declares that it never blocks ({@code @Tool(nonBlocking = true)})
 * @param schema its dialect and argument rules ({@code @SchemaDialect}, {@code @AtLeastOneOf}, {@code @RequiredWhen})
 */
public record ToolModel(
    ExecutableElement element,
    String name,
    String title,
    String description,
    Map<String, Boolean> hints,
    boolean widgetAccessible,
    String outputTemplateUri,
    String methodName,
    boolean isStatic,
    List<ParameterModel> parameters,
    ResultModel result,
    String taskSupport,
    boolean taskStartedByMethod,
    boolean nonBlocking,
    ToolSchemaModel schema) {

  /** The parameters that are JSON arguments (all but the context). */
  public List<ParameterModel> arguments() {
    return parameters.stream().filter(p -> !p.context()).toList();
  }
}
