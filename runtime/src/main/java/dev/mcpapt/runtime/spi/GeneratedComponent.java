package dev.mcpapt.runtime.spi;

import java.util.List;
import java.util.Objects;

/**
 * The {@link McpComponent} of a generated factory: the handlers of one annotated class, bound to
 * one instance of it. Generated code lists them with the {@link Builder}, rather than declaring a
 * component class of its own, so a factory is one class and compiles faster.
 */
public final class GeneratedComponent implements McpComponent {
  private final Class<?> type;
  private final List<ToolHandler> tools;
  private final List<ResourceHandler> resources;
  private final List<ResourceTemplateHandler> resourceTemplates;
  private final List<PromptHandler> prompts;
  private final List<CompletionHandler> completions;

  private GeneratedComponent(Builder b) {
    this.type = b.type;
    this.tools = b.tools;
    this.resources = b.resources;
    this.resourceTemplates = b.resourceTemplates;
    this.prompts = b.prompts;
    this.completions = b.completions;
  }

  /** A component of annotated class {@code type}, with no handlers yet. */
  public static Builder builder(Class<?> type) {
    return new Builder(type);
  }

  @Override
  public Class<?> type() {
    return type;
  }

  @Override
  public List<ToolHandler> tools() {
    return tools;
  }

  @Override
  public List<ResourceHandler> resources() {
    return resources;
  }

  @Override
  public List<ResourceTemplateHandler> resourceTemplates() {
    return resourceTemplates;
  }

  @Override
  public List<PromptHandler> prompts() {
    return prompts;
  }

  @Override
  public List<CompletionHandler> completions() {
    return completions;
  }

  /** The handlers of each kind, in declaration order; a kind not given has none. */
  public static final class Builder {
    private final Class<?> type;
    private List<ToolHandler> tools = List.of();
    private List<ResourceHandler> resources = List.of();
    private List<ResourceTemplateHandler> resourceTemplates = List.of();
    private List<PromptHandler> prompts = List.of();
    private List<CompletionHandler> completions = List.of();

    private Builder(Class<?> type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    public Builder tools(List<ToolHandler> tools) {
      this.tools = List.copyOf(tools);
      return this;
    }

    public Builder resources(List<ResourceHandler> resources) {
      this.resources = List.copyOf(resources);
      return this;
    }

    public Builder resourceTemplates(List<ResourceTemplateHandler> resourceTemplates) {
      this.resourceTemplates = List.copyOf(resourceTemplates);
      return this;
    }

    public Builder prompts(List<PromptHandler> prompts) {
      this.prompts = List.copyOf(prompts);
      return this;
    }

    public Builder completions(List<CompletionHandler> completions) {
      this.completions = List.copyOf(completions);
      return this;
    }

    public GeneratedComponent build() {
      return new GeneratedComponent(this);
    }
  }
}
