package dev.mcpapt.processor.model;

import java.util.List;

/**
 * The resources, resource templates, prompts and completions of one annotated class: what
 * {@code FeaturesWriter} generates handlers for and the descriptor file lists.
 */
public record FeaturesModel(
    List<Resource> resources, List<Template> templates, List<Prompt> prompts, List<Completion> completions) {

  public boolean isEmpty() {
    return resources.isEmpty() && templates.isEmpty() && prompts.isEmpty() && completions.isEmpty();
  }

  /** Whether some method is an instance method. */
  public boolean needsInstance() {
    return resources.stream().anyMatch(r -> !r.method().isStatic())
        || templates.stream().anyMatch(t -> !t.method().isStatic())
        || prompts.stream().anyMatch(p -> !p.method().isStatic())
        || completions.stream().anyMatch(c -> !c.method().isStatic());
  }

  /** How a method's return value becomes resource contents. */
  public enum ContentsKind {
    /** {@code String}: one text contents. */
    TEXT,
    /** {@code byte[]}: one blob contents. */
    BLOB,
    /** {@code ResourceContents}. */
    ONE,
    /** A collection of {@code ResourceContents}. */
    MANY
  }

  /** How a prompt method's return value becomes a prompt result. */
  public enum PromptKind {
    TEXT,
    MESSAGE,
    MESSAGES,
    RESULT
  }

  /** The Java method behind a member, and how the generated code calls it. */
  public record Method(String name, boolean isStatic, boolean async, List<Param> params) {}

  /** One parameter of such a method, in declaration order. */
  public record Param(String javaName, Kind kind, String wireName, String defaultValue) {
    /** What the generated code passes. */
    public enum Kind {
      /** The request's {@code McpContext}. */
      CONTEXT,
      /** A template variable as text. */
      STRING_VARIABLE,
      /** A template variable as {@code long}. */
      LONG_VARIABLE,
      /** A template variable as {@code int}. */
      INT_VARIABLE,
      /** A required prompt argument. */
      REQUIRED_ARGUMENT,
      /** An optional prompt argument ({@code Optional<String>}). */
      OPTIONAL_ARGUMENT,
      /** A prompt argument with a default ({@code @Param(defaultValue)}) or {@code @Nullable}. */
      DEFAULTED_ARGUMENT,
      /** The value being completed. */
      COMPLETION_VALUE,
      /** Another argument's value, from the completion context (null if absent). */
      COMPLETION_CONTEXT_ARGUMENT,
      /** Every argument of the completion context, as {@code Map<String, String>}. */
      COMPLETION_CONTEXT
    }
  }

  /** A {@code @Resource} method; {@code security} is {@code null} without {@code @Security}. */
  public record Resource(String uri, String name, String title, String description, String mimeType,
      ContentsKind contents, Method method, Security security) {}

  /** A {@code @ResourceTemplate} method. */
  public record Template(String uriTemplate, String name, String title, String description, String mimeType,
      ContentsKind contents, Method method, Security security) {}

  /** A {@code @Prompt} method and its arguments. */
  public record Prompt(String name, String title, String description, List<Argument> arguments, PromptKind kind,
      Method method, Security security) {}

  /** {@code @Security}: the accepted schemes ({@code noauth}, {@code oauth2}) and the OAuth scopes. */
  public record Security(List<String> schemes, List<String> scopes) {}

  /** One argument of a prompt, as {@code prompts/list} describes it. */
  public record Argument(String name, String description, boolean required) {}

  /** A {@code @Complete} method. */
  public record Completion(boolean prompt, String ref, String argument, Method method) {}
}
