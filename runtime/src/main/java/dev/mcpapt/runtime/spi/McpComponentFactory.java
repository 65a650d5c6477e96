package dev.mcpapt.runtime.spi;

/**
 * Creates the generated {@link McpComponent} of one annotated class. The processor writes one
 * implementation per class with {@code @Tool} (or resource, prompt, completion) methods and
 * registers it in {@code META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory}, so a
 * server is assembled by {@link java.util.ServiceLoader} with no class-path scanning.
 */
public interface McpComponentFactory {
  /** The annotated class this factory serves. */
  Class<?> type();

  /**
   * Whether {@link #create()} works: the class has a public no-argument constructor, or all its
   * annotated methods are static.
   */
  boolean canCreateDefault();

  /** A component over an instance the generated code creates itself. */
  McpComponent create();

  /**
   * A component over an instance the program supplies (for example from a DI container).
   *
   * @throws IllegalArgumentException if {@code instance} is not a {@link #type()}
   */
  McpComponent create(Object instance);

  /**
   * {@code instance} as a {@code type}, for implementations of {@link #create(Object)}.
   *
   * @throws IllegalArgumentException if it is not one (or null)
   */
  default <T> T cast(Object instance, Class<T> type) {
    if (!type.isInstance(instance)) {
      throw new IllegalArgumentException("expected a " + type.getName() + ", got "
          + (instance == null ? null : instance.getClass().getName()));
    }
    return type.cast(instance);
  }
}
