package dev.mcpapt.processor.names;

import java.util.List;
import java.util.Set;

/**
 * The qualified name of every annotation the processor reads, in one place. The processor reads
 * annotations through their mirrors by name, so neither mcp-apt's annotations nor Jackson's or
 * Bean Validation's are loaded at compile time.
 */
public final class AnnotationNames {
  private static final String MCP = "dev.mcpapt.annotations.";

  public static final String TOOL = MCP + "Tool";
  public static final String PARAM = MCP + "Param";
  public static final String WIDGET_ACCESSIBLE = MCP + "WidgetAccessible";
  public static final String OUTPUT_TEMPLATE = MCP + "OutputTemplate";
  public static final String SECURITY = MCP + "Security";
  public static final String RESOURCE = MCP + "Resource";
  public static final String RESOURCE_TEMPLATE = MCP + "ResourceTemplate";
  public static final String PROMPT = MCP + "Prompt";
  public static final String COMPLETE = MCP + "Complete";
  public static final String ICON = MCP + "Icon";
  public static final String ICONS = MCP + "Icons";
  public static final String SKILL = MCP + "Skill";
  public static final String SKILLS = MCP + "Skills";
  public static final String SCHEMA_DIALECT = MCP + "SchemaDialect";
  public static final String SCHEMA_DEF = MCP + "SchemaDef";
  public static final String AT_LEAST_ONE_OF = MCP + "AtLeastOneOf";
  public static final String AT_LEAST_ONE_OF_LIST = AT_LEAST_ONE_OF + ".List";
  public static final String REQUIRED_WHEN = MCP + "RequiredWhen";
  public static final String REQUIRED_WHEN_LIST = REQUIRED_WHEN + ".List";

  /** The method annotations whose presence makes the enclosing class generate a factory. */
  public static final Set<String> MEMBERS = Set.of(TOOL, RESOURCE, RESOURCE_TEMPLATE, PROMPT, COMPLETE);

  /** The method annotations the per-class step reads (and checks), some without generating for them alone. */
  public static final Set<String> COMPONENT =
      Set.of(TOOL, WIDGET_ACCESSIBLE, OUTPUT_TEMPLATE, SECURITY, RESOURCE, RESOURCE_TEMPLATE, PROMPT, COMPLETE);

  /** The packages of Bean Validation's constraints, Jakarta's and the older javax one. */
  public static final List<String> CONSTRAINT_PACKAGES =
      List.of("jakarta.validation.constraints.", "javax.validation.constraints.");

  // Read by simple name, whatever their package: Jackson's annotations (in any of its versions'
  // packages) and the many Nullable annotations (JSpecify, JetBrains, javax.annotation, ...).
  public static final String JSON_PROPERTY = "JsonProperty";
  public static final String JSON_PROPERTY_DESCRIPTION = "JsonPropertyDescription";
  public static final String JSON_IGNORE = "JsonIgnore";
  public static final String JSON_TYPE_NAME = "JsonTypeName";
  public static final String JSON_TYPE_INFO = "JsonTypeInfo";
  public static final String NULLABLE = "Nullable";

  private AnnotationNames() {}
}
