package dev.mcpapt.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;

/**
 * How every processor test compiles: javac, or Eclipse's compiler (ecj) through the same
 * {@code javax.tools} API, with both processors and the test class path (the runtime, Jackson,
 * Bean Validation), so what a test compiles sees what a user's build sees.
 */
public final class Compilations {
  /** A compiler the processor must work under. */
  public enum Tool {
    JAVAC,
    ECJ;

    /** Compiles with both processors and the test class path. */
    public Compiler compiler(Object... options) {
      return base().withProcessors(new McpProcessor(), new McpServicesProcessor()).withClasspath(classPath())
          .withOptions(options(options));
    }

    /** Compiles with only the given processors. */
    public Compiler compiler(List<? extends Processor> processors, Object... options) {
      return base().withProcessors(processors).withClasspath(classPath()).withOptions(options(options));
    }

    /** Compiles against exactly {@code classPath}, not the test class path. */
    public Compiler withClassPath(List<File> classPath, Object... options) {
      return base().withProcessors(new McpProcessor(), new McpServicesProcessor()).withClasspath(classPath)
          .withOptions(options(options));
    }

    private Compiler base() {
      return this == JAVAC ? Compiler.javac() : Compiler.compiler(eclipse());
    }

    private List<Object> options(Object... extra) {
      List<Object> all = new ArrayList<>(List.of("-parameters"));
      if (this == ECJ) {
        // ecj reads generated sources back through file system paths, which compile-testing's
        // in-memory files do not have: it only runs the processors here (javac compiles the
        // generated code in the other tests). Its warnings stay on, as the processor's own
        // warnings are among them.
        all.addAll(List.of("--release", "17", "-proc:only"));
      }
      all.addAll(List.of(extra));
      return all;
    }
  }

  private Compilations() {}

  /** The test class path, each entry a file, after {@code first}. */
  public static List<File> classPath(File... first) {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<File> files = new ArrayList<>(List.of(first));
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        files.add(new File(entry));
      }
    }
    return files;
  }

  /**
   * The errors and warnings of {@code compilation}, each with its line: ecj's diagnostics print as
   * object names in compile-testing's failure messages, so a test shows these instead.
   */
  public static List<String> messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() != javax.tools.Diagnostic.Kind.NOTE && d.getKind() != javax.tools.Diagnostic.Kind.OTHER)
        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
            + d.getMessage(Locale.ROOT))
        .toList();
  }

  /**
   * A source file on disk named after {@code qualifiedName}, holding {@code text}. ecj reads each
   * source through its file, so a test that runs under both compilers writes its sources with
   * this rather than keeping them in memory; each call gets its own directory.
   */
  public static JavaFileObject source(String qualifiedName, String text) {
    try {
      Path file = Files.createTempDirectory("mcp-apt-test").resolve(qualifiedName.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      file.toFile().deleteOnExit();
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** javac with both processors. */
  public static Compiler withProcessors() {
    return Tool.JAVAC.compiler();
  }

  /** javac without any processor: for compiling generated code on its own. */
  public static Compiler withoutProcessors() {
    return Compiler.javac().withClasspath(classPath()).withOptions("-proc:none", "-parameters");
  }

  /** Eclipse's compiler, found as any {@code javax.tools} compiler is (its jar declares the service). */
  static JavaCompiler eclipse() {
    for (JavaCompiler compiler : ServiceLoader.load(JavaCompiler.class)) {
      if (compiler.getClass().getName().startsWith("org.eclipse.jdt.")) {
        return compiler;
      }
    }
    throw new IllegalStateException("ecj is not on the test class path");
  }
}
