package dev.mcpapt.processor.writer;

import com.palantir.javapoet.NameAllocator;
import java.util.List;

/**
 * The local names of one generated method or case: the names it uses itself are reserved first,
 * then each parameter gets its own name, made unique by JavaPoet's {@link NameAllocator}.
 */
final class LocalNames {
  private final NameAllocator names = new NameAllocator();

  private LocalNames(List<String> reserved) {
    // Each name is its own tag: NameAllocator.newName(String) tags a name with a random UUID,
    // a SecureRandom draw per name, which at a thousand tools was a visible part of the build.
    for (String name : reserved) {
      names.newName(name, name);
    }
  }

  /** Names with {@code reserved} already taken. */
  static LocalNames reserving(List<String> reserved) {
    return new LocalNames(reserved);
  }

  /**
   * A fresh local name for parameter {@code javaName}: itself unless taken or a keyword. A name
   * with no lower-case letter gets a trailing {@code _}, so no local can hide one of the factory's
   * constants ({@code DEFAULT_0}, {@code ADDRESS_DECODER}), which generated code names unqualified.
   */
  String newLocal(String javaName) {
    String suggestion = javaName.chars().anyMatch(Character::isLowerCase) ? javaName : javaName + "_";
    return names.newName(suggestion, new Object());
  }
}
