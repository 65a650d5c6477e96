package dev.mcpapt.processor.names;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and library types generated code refers to. The processor never loads these
 * classes: they are names only, so the processor runs without the runtime on its class path.
 */
public final class RuntimeTypes {
  private static final String SPI = "dev.mcpapt.runtime.spi";
  private static final String RUNTIME = "dev.mcpapt.runtime";

  public static final ClassName MCP_COMPONENT_FACTORY = ClassName.get(SPI, "McpComponentFactory");
  public static final ClassName MCP_COMPONENT = ClassName.get(SPI, "McpComponent");
  public static final ClassName TOOL_HANDLER = ClassName.get(SPI, "ToolHandler");
  public static final ClassName PROBLEMS = ClassName.get(SPI, "Problems");
  public static final ClassName DECODE = ClassName.get(SPI, "Decode");
  public static final ClassName ARGUMENT_RULES = ClassName.get(SPI, "ArgumentRules");
  public static final ClassName ENCODE = ClassName.get(SPI, "Encode");
  public static final ClassName DECODERS = ClassName.get(SPI, "Decoders");
  public static final ClassName ENCODERS = ClassName.get(SPI, "Encoders");
  public static final ClassName VALUE_DECODER = ClassName.get(SPI, "ValueDecoder");
  public static final ClassName JSON_WRITER = ClassName.get(SPI, "JsonWriter");
  public static final ClassName DESCRIPTOR_FILE = ClassName.get(SPI, "DescriptorFile");
  public static final ClassName INVALID_ARGUMENTS = ClassName.get(SPI, "InvalidArgumentsException");
  public static final ClassName GENERATED_TOOL = ClassName.get(SPI, "GeneratedTool");
  public static final ClassName GENERATED_TEMPLATE = ClassName.get(SPI, "GeneratedTemplate");
  public static final ClassName GENERATED_RESOURCE = ClassName.get(SPI, "GeneratedResource");
  public static final ClassName GENERATED_PROMPT = ClassName.get(SPI, "GeneratedPrompt");
  public static final ClassName GENERATED_COMPLETION = ClassName.get(SPI, "GeneratedCompletion");
  public static final ClassName GENERATED_COMPONENT = ClassName.get(SPI, "GeneratedComponent");

  public static final ClassName MCP_CONTEXT = ClassName.get(RUNTIME, "McpContext");
  public static final ClassName TOOL_RESULT = ClassName.get(RUNTIME, "ToolResult");
  public static final ClassName WIDGET_RESULT = ClassName.get(RUNTIME + ".widget", "WidgetResult");
  public static final ClassName TYPED_WIDGET_RESULT = ClassName.get(RUNTIME + ".widget", "TypedWidgetResult");
  public static final ClassName WIDGET_RESOURCES = ClassName.get(RUNTIME + ".widget", "WidgetResources");
  public static final ClassName FEATURE_SUPPORT = ClassName.get(SPI, "FeatureSupport");
  public static final ClassName RESOURCE_CONTENTS = ClassName.get(RUNTIME, "ResourceContents");
  public static final ClassName PROMPT_RESULT = ClassName.get(RUNTIME, "PromptResult");
  public static final ClassName PROMPT_MESSAGE = ClassName.get(RUNTIME, "PromptMessage");
  public static final ClassName FILE_REF = ClassName.get(RUNTIME + ".widget", "FileRef");

  public static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  public static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
  public static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");

  public static final ClassName COMPLETION_STAGE = ClassName.get("java.util.concurrent", "CompletionStage");
  public static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  public static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  public static final ClassName LIST = ClassName.get("java.util", "List");
  public static final ClassName SET = ClassName.get("java.util", "Set");
  public static final ClassName MAP = ClassName.get("java.util", "Map");
  public static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  public static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
  public static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
  public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  /** The module of {@link #GENERATED}: a named module sees it only when it reads this one. */
  public static final String GENERATED_MODULE = "java.compiler";

  /** The widget bridge the runtime ships as a class-path resource, inlined into widget documents. */
  public static final String WIDGET_BRIDGE_PACKAGE = "dev.mcpapt.widget";
  public static final String WIDGET_BRIDGE_FILE = "mcp-widget.js";

  private RuntimeTypes() {}
}
