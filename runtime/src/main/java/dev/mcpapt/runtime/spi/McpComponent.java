package dev.mcpapt.runtime.spi;

import java.util.List;

/** The generated handlers of one annotated class, bound to one instance of it. */
public interface McpComponent {
  /** The annotated class. */
  Class<?> type();

  /** Its tools, in declaration order. */
  List<ToolHandler> tools();

  /** Its fixed-URI resources (including widget templates), in declaration order. */
  default List<ResourceHandler> resources() {
    return List.of();
  }

  /** Its resource templates, in declaration order. */
  default List<ResourceTemplateHandler> resourceTemplates() {
    return List.of();
  }

  /** Its prompts, in declaration order. */
  default List<PromptHandler> prompts() {
    return List.of();
  }

  /** Its completions, in declaration order. */
  default List<CompletionHandler> completions() {
    return List.of();
  }
}
