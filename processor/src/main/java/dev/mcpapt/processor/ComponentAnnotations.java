package dev.mcpapt.processor;

import java.util.Set;

/**
 * The method annotations that make a class an MCP component (one generated factory per class).
 * New member kinds add their annotation here, so both processors see them.
 */
final class ComponentAnnotations {
  static final String TOOL = "dev.mcpapt.annotations.Tool";
  static final String WIDGET_ACCESSIBLE = "dev.mcpapt.annotations.WidgetAccessible";
  static final String OUTPUT_TEMPLATE = "dev.mcpapt.annotations.OutputTemplate";
  static final String SECURITY = "dev.mcpapt.annotations.Security";

  static final String RESOURCE = "dev.mcpapt.annotations.Resource";
  static final String RESOURCE_TEMPLATE = "dev.mcpapt.annotations.ResourceTemplate";
  static final String PROMPT = "dev.mcpapt.annotations.Prompt";
  static final String COMPLETE = "dev.mcpapt.annotations.Complete";

  /** Annotations whose presence makes the enclosing class generate a factory. */
  static final Set<String> MEMBERS = Set.of(TOOL, RESOURCE, RESOURCE_TEMPLATE, PROMPT, COMPLETE);

  /** Annotations the per-class processor reads (and checks) without generating for them alone. */
  static final Set<String> ALL =
      Set.of(TOOL, WIDGET_ACCESSIBLE, OUTPUT_TEMPLATE, SECURITY, RESOURCE, RESOURCE_TEMPLATE, PROMPT, COMPLETE);

  private ComponentAnnotations() {}
}
