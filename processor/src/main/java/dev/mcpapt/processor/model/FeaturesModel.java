package dev.mcpapt.processor.model;

import dev.mcpapt.processor.read.FeatureAnnotations;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * The resources, resource templates, prompts and completions of one annotated class: what
 * {@code FeaturesWriter} generates handlers for and the descriptor file lists.
 *
 * <p>It holds every such method as written, also one the generated code could not call: a
 * parameter or return type it cannot convert has a {@code null} kind, and names, URIs and
 * templates are kept as written. {@code FeatureValidator} reports all of that; a model with such
 * a problem is never written.
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

  /** How a method's return value becomes resource contents; null in a member for any other type. */
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

  /** How a prompt method's return value becomes a prompt result; null in a prompt for any other type. */
  public enum PromptKind {
    TEXT,
    MESSAGE,
    MESSAGES,
    RESULT
  }

  /** The Java method behind a member, and how the generated code calls it. */
  public record Method(ExecutableElement element, String name, boolean isStatic, boolean async, List<Param> params) {}

  /**
   * One parameter of such a method, in declaration order.
   *
   * @param kind what the generated code passes; null if it cannot pass anything of the parameter's type
   * @param wireName the template variable, prompt argument or completion argument it binds to, as written
   */
  public record Param(VariableElement element, String javaName, Kind kind, String wireName, String defaultValue) {
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
      ContentsKind contents, Method method, Security security, FeatureAnnotations.Resource annotation) {}

  /** A {@code @ResourceTemplate} method. */
  public record Template(String uriTemplate, String name, String title, String description, String mimeType,
      ContentsKind contents, Method method, Security security, FeatureAnnotations.ResourceTemplate annotation) {}

  /** A {@code @Prompt} method and its arguments (those of a type it can take). */
  public record Prompt(String name, String title, String description, List<Argument> arguments, PromptKind kind,
      Method method, Security security, FeatureAnnotations.Prompt annotation) {}

  /** {@code @Security}: the accepted schemes ({@code noauth}, {@code oauth2}) and the OAuth scopes. */
  public record Security(List<String> schemes, List<String> scopes) {}

  /** One argument of a prompt, as {@code prompts/list} describes it. */
  public record Argument(String name, String description, boolean required) {}

  /**
   * A {@code @Complete} method. {@code ref} is the prompt or template completed; with both or
   * neither of them written (or no argument), the method is kept unbound with a {@code null} ref.
   */
  public record Completion(boolean prompt, String ref, String argument, Method method,
      FeatureAnnotations.Complete annotation) {}
}
