package dev.mcpapt.runtime.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The problems found while decoding arguments. Generated decoders add to it and carry on, so that
 * every problem is reported at once, each with the JSON path where it was found.
 *
 * <p>Decoders track where they are with {@link #enter(String)}, {@link #enterIndex(int)} and
 * {@link #exit()}; the path is kept as a small stack and turned into text ({@code tags[2]},
 * {@code address.city}) only when a problem is recorded, so valid arguments cost no string
 * building. One instance serves one call on one thread.
 */
public final class Problems {
  private List<String> problems;
  private String[] names;
  private int[] indices;
  private int depth;

  /** Records that the value at {@code path} broke a rule: {@code "taskId: expected integer, got \"abc\""}. */
  public void add(String path, String message) {
    if (problems == null) {
      problems = new ArrayList<>(4);
    }
    problems.add(path.isEmpty() ? message : path + ": " + message);
  }

  /** Records that the value at the current path broke a rule. */
  public void fail(String message) {
    add(path(), message);
  }

  /** Steps into the object property {@code name}. */
  public void enter(String name) {
    push(name, -1);
  }

  /** Steps into the array element at {@code index}. */
  public void enterIndex(int index) {
    push(null, index);
  }

  /** Steps back out of the last {@link #enter} or {@link #enterIndex}. */
  public void exit() {
    depth--;
  }

  /** The current path: empty at the top, then e.g. {@code tags[2]} or {@code address.city}. */
  public String path() {
    if (depth == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      String name = names[i];
      if (name == null) {
        sb.append('[').append(indices[i]).append(']');
      } else if (isPlainName(name)) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(name);
      } else {
        sb.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      }
    }
    return sb.toString();
  }

  /** How many problems were recorded so far; generated decoders compare counts to skip building. */
  public int count() {
    return problems == null ? 0 : problems.size();
  }

  public boolean isEmpty() {
    return problems == null;
  }

  /** The problems in the order found. */
  public List<String> list() {
    return problems == null ? List.of() : List.copyOf(problems);
  }

  /** Throws {@link InvalidArgumentsException} if any problem was recorded. */
  public void throwIfAny() throws InvalidArgumentsException {
    if (problems != null) {
      throw new InvalidArgumentsException(List.copyOf(problems));
    }
  }

  private void push(String name, int index) {
    if (names == null) {
      names = new String[8];
      indices = new int[8];
    } else if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
    names[depth] = name;
    indices[depth] = index;
    depth++;
  }

  private static boolean isPlainName(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isJavaIdentifierPart(c) && c != '-') {
        return false;
      }
    }
    return true;
  }
}
