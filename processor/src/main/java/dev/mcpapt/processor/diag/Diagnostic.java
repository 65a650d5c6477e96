package dev.mcpapt.processor.diag;

import java.util.Locale;

/**
 * Every message the processor can print. The id in brackets is stable: users search for it, and
 * {@code docs/diagnostics.md} has one section per id, which each message links to.
 */
public enum Diagnostic {
  McpToolNotPublic("@%s method %s must be public so the generated code can call it; make it public."),
  McpClassNotPublic("%s declares MCP methods, so it and every class enclosing it must be public; make %s public."),
  McpInnerClass("%s declares MCP methods, so it must be a top-level or static nested class; add static."),
  McpGenericClass("%s declares MCP methods, so it must not have type parameters: a JSON Schema needs concrete types."),
  McpGenericMethod("@Tool method %s must not declare type parameters: a JSON Schema needs concrete types."),
  McpInvalidToolName(
      "Tool name \"%s\" is invalid: use 1 to 128 characters from A-Z, a-z, 0-9, '_', '.' and '-' (set it with @Tool(name = ...))."),
  McpDuplicateToolName("Tool name \"%s\" is already used by %s; give one of them another name with @Tool(name = ...)."),
  McpDuplicateName("The JSON name \"%s\" is used twice in %s; rename one with @Param(name = ...) or @JsonProperty."),
  McpUnsupportedType("%s: %s cannot be carried as JSON: %s."),
  McpMultipleContexts("%s takes more than one McpContext parameter; keep one."),
  McpInvalidDefault("defaultValue %s of %s is invalid: %s."),
  McpNotConstructible(
      "%s is read from JSON but cannot be built: make it a record, or give it a public no-argument constructor and setters or public fields."),
  McpSealedVariant("%s permits %s, which is not a record: only sealed interfaces whose permitted subtypes are records map to JSON (oneOf)."),
  McpDiscriminatorClash("%s: %s."),
  McpConstraintMismatch("@%s does not apply to %s (type %s); remove it or change the type."),
  McpWidgetAccessibleWithoutTool("@WidgetAccessible only applies to @Tool methods; add @Tool to %s or remove @WidgetAccessible."),
  McpOutputTemplateWithoutTool("@OutputTemplate only applies to @Tool methods; add @Tool to %s or remove @OutputTemplate."),
  McpInvalidTemplateUri("@OutputTemplate uri \"%s\" is not a valid ui:// URI (%s); use a URI such as ui://widget/tasks.html."),
  McpMultipleMemberKinds(
      "%s has more than one of @Tool, @Resource, @ResourceTemplate, @Prompt and @Complete; a method is one kind of member, keep one."),
  McpMemberGenericMethod("@%s method %s must not declare type parameters; use concrete types."),
  McpInvalidResourceUri("@Resource uri \"%s\" is not a valid absolute URI (%s); use one such as tasks://open or file:///notes/today.md."),
  McpDuplicateResourceUri("Resource URI \"%s\" is already used by %s; give one of them another uri."),
  McpInvalidUriTemplate("@ResourceTemplate uriTemplate \"%s\" is not a valid RFC 6570 template: %s."),
  McpDuplicateResourceTemplate("Resource template \"%s\" is already used by %s; give one of them another uriTemplate."),
  McpUnboundTemplateVariable(
      "Variable {%s} of template \"%s\" has no parameter of %s to bind to; add a parameter named %s (String, int or long), or name one with @Param(name = \"%s\")."),
  McpUnboundTemplateParameter(
      "Parameter %s of %s is not a variable of template \"%s\" (its variables: %s); rename it, or add {%s} to the template."),
  McpMemberParameterType("%s: parameter %s has type %s, but %s."),
  McpMemberReturnType("%s returns %s, but %s."),
  McpInvalidPromptName(
      "Prompt name \"%s\" is invalid: use 1 to 128 characters from A-Z, a-z, 0-9, '_', '.' and '-' (set it with @Prompt(name = ...))."),
  McpDuplicatePromptName("Prompt name \"%s\" is already used by %s; give one of them another name with @Prompt(name = ...)."),
  McpInvalidCompleteTarget("@Complete on %s must name exactly one of prompt and resourceTemplate, and the argument it completes."),
  McpUnknownCompletionArgument(
      "@Complete on %s completes \"%s\", which is not %s of %s (it has: %s); complete one of those."),
  McpDuplicateCompletion("%s and %s both complete \"%s\" of %s; keep one."),
  McpWidgetHtmlMissing("@OutputTemplate html \"%s\" was not found: %s."),
  McpWidgetNotHtml("@OutputTemplate html \"%s\" is not an HTML document (no <!doctype html> or <html> element); MCP Apps hosts render full documents only."),
  McpWidgetBridgeMissing("The widget bridge %s is not on the class path; add dev.mcpapt:mcp-apt-runtime as a dependency, or set @OutputTemplate(bridge = false)."),
  McpWidgetUriConflict("Widget %s is declared differently on %s; declare it the same way on every tool, or give one another uri."),
  McpStatusTextTooLong("@OutputTemplate %s text is %d characters long; hosts show at most %d, so shorten it."),
  McpInvalidWidgetOrigin("@OutputTemplate %s entry \"%s\" is not an origin; write scheme://host[:port] such as https://api.example.com (a leading *. is allowed)."),
  McpInvalidSecurity("@Security is invalid: %s."),
  McpInvalidHeader("@Param(header = \"%s\") on %s is invalid: %s."),
  McpInvalidWidgetData("The widget data of %s, %s, cannot be the result's _meta: %s."),
  McpInvalidIcon("@Icon on %s is invalid: %s."),
  McpOmittedPrimitive(
      "@Param(required = false) on %s cannot apply to a %s, which has no value for \"left out\"; use %s, or give a defaultValue."),
  McpUnknownRuleArgument("@%s on %s names \"%s\", which is not an argument of the tool; name one of its arguments: %s."),
  McpInvalidRuleValue("@RequiredWhen(is = \"%s\") on %s can never match argument \"%s\": %s; write a value it can take."),
  McpInvalidSchemaRule("@%s on %s is invalid: %s."),
  McpInvalidSchemaDef("@SchemaDef on %s is invalid: %s."),
  McpInvalidSchemaDialect(
      "@SchemaDialect(\"%s\") on %s names a dialect the processor does not write; remove the value to declare %s."),
  McpInvalidResourceAnnotations("@%s on %s is invalid: %s."),
  McpSecurityWithoutTool("@Security only applies to @Tool, @Resource, @ResourceTemplate and @Prompt methods; add one to %s or remove @Security."),
  McpTaskStartWithoutTask(
      "@Tool(taskStartedByMethod = true) on %s needs task = TaskSupport.OPTIONAL or TaskSupport.REQUIRED; set task, or remove taskStartedByMethod."),
  McpTaskStartWithoutContext(
      "@Tool(taskStartedByMethod = true) on %s needs an McpContext parameter to call startTask() on; add one."),
  McpTaskRequiredWidgetAccessible(
      "%s is @WidgetAccessible but runs only as a task (task = TaskSupport.REQUIRED), which a widget's call cannot follow; use TaskSupport.OPTIONAL."),
  McpSkillNotFound("@Skill path \"%s\" has no SKILL.md on the class path: %s."),
  McpInvalidSkill("Skill \"%s\" is invalid: %s."),
  McpSkillWithoutComponent(
      "@Skill on %s would never be served: the class has no @Tool, @Resource, @ResourceTemplate or @Prompt method, so it is not a component; move @Skill to a class that has one."),
  McpUnresolvedType("%s refers to a type that does not exist or was never generated: %s."),
  McpProcessorFailure("The mcp-apt processor failed on %s; please report this with the stack trace: %s"),
  McpToolWithoutDescription(
      Severity.WARNING,
      "Tool \"%s\" has no description, so a model has only its name to decide when to call it; add a Javadoc comment or @Tool(description = ...)."),
  McpWidgetRemoteWithoutCsp(
      Severity.WARNING,
      "@OutputTemplate html \"%s\" loads %s from %s, which its CSP does not declare, so hosts will block it; add it to csp = @Csp(resource = ...).");

  /** An error fails the build and stops the class's generated code; a warning does neither. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** Where each id is explained; {@link #format} appends {@code #<id in lower case>}. */
  public static final String DOCS = "https://github.com/mcp-apt/mcp-apt/blob/main/docs/diagnostics.md";

  private final Severity severity;
  private final String format;

  Diagnostic(String format) {
    this(Severity.ERROR, format);
  }

  Diagnostic(Severity severity, String format) {
    this.severity = severity;
    this.format = format;
  }

  public Severity severity() {
    return severity;
  }

  /** What {@code @SuppressWarnings} takes to silence this warning, e.g. {@code mcp-McpToolWithoutDescription}. */
  public String suppressionKey() {
    return "mcp-" + name();
  }

  /** The id as it appears in messages, e.g. {@code [McpToolNotPublic]}. */
  public String tag() {
    return "[" + name() + "]";
  }

  /** The documentation link for this id. */
  public String link() {
    return DOCS + "#" + name().toLowerCase(Locale.ROOT);
  }

  /** The full message: id, text, link. */
  public String format(Object... args) {
    return tag() + " " + String.format(Locale.ROOT, format, args) + " See " + link();
  }
}
