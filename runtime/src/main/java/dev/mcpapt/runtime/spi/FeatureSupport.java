package dev.mcpapt.runtime.spi;

import dev.mcpapt.runtime.PromptMessage;
import dev.mcpapt.runtime.PromptResult;
import dev.mcpapt.runtime.ResourceContents;
import dev.mcpapt.runtime.ResourceNotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What generated resource, prompt and completion handlers call: reading template variables and
 * prompt arguments (adding every problem to {@link Problems}) and turning what a method returned
 * into the SPI's result types. No reflection.
 */
public final class FeatureSupport {
  private FeatureSupport() {}

  // ---------------------------------------------------------------- resources

  /** A text resource's contents; a null text means the resource does not exist. */
  public static List<ResourceContents> text(String uri, String mimeType, String text) {
    if (text == null) {
      throw new ResourceNotFoundException("the resource method returned null");
    }
    return List.of(ResourceContents.text(uri, mimeType, text));
  }

  /** A binary resource's contents; null bytes mean the resource does not exist. */
  public static List<ResourceContents> blob(String uri, String mimeType, byte[] bytes) {
    if (bytes == null) {
      throw new ResourceNotFoundException("the resource method returned null");
    }
    return List.of(ResourceContents.blob(uri, mimeType, bytes));
  }

  /** One contents object as returned by the method; null means the resource does not exist. */
  public static List<ResourceContents> contents(ResourceContents contents) {
    if (contents == null) {
      throw new ResourceNotFoundException("the resource method returned null");
    }
    return List.of(contents);
  }

  /** Several contents objects as returned by the method; null or empty means the resource does not exist. */
  public static List<ResourceContents> contents(Collection<? extends ResourceContents> contents) {
    if (contents == null || contents.isEmpty()) {
      throw new ResourceNotFoundException("the resource method returned no contents");
    }
    return List.copyOf(contents);
  }

  /**
   * A template variable's value. The URI matched the template, so a simple variable is always
   * there; one of an optional expression ({@code {?query}}, {@code {#fragment}}, ...) that the URI
   * leaves out is {@code null}.
   */
  public static String variable(Map<String, String> variables, String name, Problems problems) {
    return variables.get(name);
  }

  /** A template variable read as a whole number; it must be present. */
  public static long longVariable(Map<String, String> variables, String name, Problems problems) {
    String v = variables.get(name);
    if (v == null) {
      problems.add(name, "missing from the URI");
      return 0;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      problems.add(name, "expected an integer, got \"" + v + "\"");
      return 0;
    }
  }

  /** A template variable read as an {@code int}. */
  public static int intVariable(Map<String, String> variables, String name, Problems problems) {
    long v = longVariable(variables, name, problems);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      problems.add(name, "expected an integer within the int range, got " + v);
      return 0;
    }
    return (int) v;
  }

  // ---------------------------------------------------------------- prompts

  /** A required prompt argument. */
  public static String requiredArgument(Map<String, String> arguments, String name, Problems problems) {
    String v = arguments.get(name);
    if (v == null) {
      problems.add(name, "required argument is missing");
    }
    return v;
  }

  /** An optional prompt argument. */
  public static Optional<String> optionalArgument(Map<String, String> arguments, String name) {
    return Optional.ofNullable(arguments.get(name));
  }

  /** A prompt argument with a default. */
  public static String argument(Map<String, String> arguments, String name, String defaultValue) {
    String v = arguments.get(name);
    return v == null ? defaultValue : v;
  }

  /** A prompt method returned text: one user message. */
  public static PromptResult promptOfText(String text) {
    return PromptResult.of(PromptMessage.user(text == null ? "" : text));
  }

  /** A prompt method returned one message. */
  public static PromptResult promptOfMessage(PromptMessage message) {
    if (message == null) {
      throw new IllegalStateException("the prompt method returned null");
    }
    return PromptResult.of(message);
  }

  /** A prompt method returned messages. */
  public static PromptResult promptOfMessages(Collection<? extends PromptMessage> messages) {
    if (messages == null) {
      throw new IllegalStateException("the prompt method returned null");
    }
    return new PromptResult(null, List.copyOf(messages));
  }

  /** A prompt method returned a whole result. */
  public static PromptResult promptOfResult(PromptResult result) {
    if (result == null) {
      throw new IllegalStateException("the prompt method returned null");
    }
    return result;
  }

  // ---------------------------------------------------------------- completions

  /** A completion method's values (null means none). */
  public static List<String> completions(Collection<String> values) {
    return values == null ? List.of() : List.copyOf(values.stream().filter(v -> v != null).toList());
  }
}
