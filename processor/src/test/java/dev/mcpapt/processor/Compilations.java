package dev.mcpapt.processor;

import com.google.testing.compile.Compiler;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** How the tests run javac: with both processors and the test class path (the runtime, Jackson, Bean Validation). */
final class Compilations {
  private Compilations() {}

  static List<File> classPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<File> files = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        files.add(new File(entry));
      }
    }
    return files;
  }

  static Compiler withProcessors() {
    return Compiler.javac()
        .withProcessors(new McpProcessor(), new McpServicesProcessor())
        .withClasspath(classPath())
        .withOptions("-parameters");
  }

  static Compiler withoutProcessors() {
    return Compiler.javac().withClasspath(classPath()).withOptions("-proc:none", "-parameters");
  }
}
