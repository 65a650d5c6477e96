package dev.mcpapt.runtime.features;

/** Throws a checked exception from code that cannot declare it (a method of {@code McpContext}). */
public final class Sneaky {
  private Sneaky() {}

  @SuppressWarnings("unchecked")
  public static <T extends Throwable> RuntimeException raise(Throwable t) throws T {
    throw (T) t;
  }
}
