package dev.mcpapt.processor.writer;

import com.palantir.javapoet.NameAllocator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local names of one generated method or case: the names it uses itself are reserved first,
 * then each parameter gets its own name, made unique by JavaPoet's {@link NameAllocator}.
 */
final class LocalNames {
  /** An allocator per reserved list, copied for each method or case rather than filled again. */
  private static final Map<List<String>, NameAllocator> RESERVED = new ConcurrentHashMap<>();

  private final NameAllocator names;

  private LocalNames(NameAllocator names) {
    this.names = names;
  }

  /** Names with {@code reserved} already taken. */
  static LocalNames reserving(List<String> reserved) {
    return new LocalNames(RESERVED.computeIfAbsent(List.copyOf(reserved), LocalNames::allocator).clone());
  }

  private static NameAllocator allocator(List<String> reserved) {
    NameAllocator names = new NameAllocator();
    // Each name is its own tag: NameAllocator.newName(String) tags a name with a random UUID,
    // a SecureRandom draw per name, which at a thousand tools was a visible part of the build.
    for (String name : reserved) {
      names.newName(name, name);
    }
    return names;
  }

  /**
   * A fresh local name for parameter {@code javaName}: itself unless taken or a keyword. A name
   * with no lower-case letter gets a trailing {@code _}, so no local can hide one of the factory's
   * constants ({@code DEFAULT_0}, {@code ADDRESS_DECODER}), which generated code names unqualified.
   */
  String newLocal(String javaName) {
    return names.newName(hasLowerCase(javaName) ? javaName : javaName + "_", new Object());
  }

  private static boolean hasLowerCase(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (Character.isLowerCase(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
