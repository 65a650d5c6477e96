package dev.mcpapt.processor.model;

import java.util.List;
import java.util.Map;

/**
 * One {@code @Tool} method.
 *
 * @param hints the hints written explicitly, in MCP schema order
 * @param outputTemplateUri the {@code @OutputTemplate} URI, or null
 * @param taskSupport {@code execution.taskSupport}: {@code "optional"} or {@code "required"}, or
 *     null when the tool never runs as a task
 * @param taskStartedByMethod whether the method starts its task itself
 * @param nonBlocking whether the method declares that it never blocks ({@code @Tool(nonBlocking = true)})
 * @param schema its dialect and argument rules ({@code @SchemaDialect}, {@code @AtLeastOneOf}, {@code @RequiredWhen})
 */
public record ToolModel(
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

  /** A tool without dialect or argument rules. */
  public ToolModel(String name, String title, String description, Map<String, Boolean> hints, boolean widgetAccessible,
      String outputTemplateUri, String methodName, boolean isStatic, List<ParameterModel> parameters, ResultModel result,
      String taskSupport, boolean taskStartedByMethod, boolean nonBlocking) {
    this(name, title, description, hints, widgetAccessible, outputTemplateUri, methodName, isStatic, parameters, result,
        taskSupport, taskStartedByMethod, nonBlocking, ToolSchemaModel.NONE);
  }

  /** The parameters that are JSON arguments (all but the context). */
  public List<ParameterModel> arguments() {
    return parameters.stream().filter(p -> !p.context()).toList();
  }
}
