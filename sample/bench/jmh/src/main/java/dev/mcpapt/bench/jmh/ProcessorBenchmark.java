package dev.mcpapt.bench.jmh;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor adds to a build: javac on the sources of {@link #tools} annotated tools
 * ({@link ToolSources}), with the mcp-apt processor on the processor path, against plain javac
 * ({@code -proc:none}) on the same sources and class path. In-process, each compilation with a new
 * file manager and output directory, as a build does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class ProcessorBenchmark {
  @Param({"1000"})
  public int tools;

  private Path work;
  private List<File> sources;
  private String classPath;
  private Path lastOut;
  private List<File> generatedSources;
  private Map<String, String> replaySources;
  private Map<String, String> replayResources;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    work = Files.createTempDirectory("mcpapt-compile-bench");
    sources = new ArrayList<>();
    for (Path p : ToolSources.write(work.resolve("src"), tools)) {
      sources.add(p.toFile());
    }
    classPath = System.getProperty("java.class.path");
    // The processor must really run: its output lists one generated factory per class.
    Path out = compile(true);
    Path services = out.resolve("META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory");
    if (!Files.isRegularFile(services)) {
      throw new IllegalStateException("the processor generated no " + services);
    }
    long factories = Files.readAllLines(services).stream().filter(l -> !l.isBlank()).count();
    if (factories != sources.size()) {
      throw new IllegalStateException(factories + " factories generated for " + sources.size() + " classes");
    }
    delete(out);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    delete(work);
  }

  /** Deletes the last output outside of the measured time. */
  @TearDown(Level.Iteration)
  public void deleteOutput() throws IOException {
    if (lastOut != null) {
      delete(lastOut);
      lastOut = null;
    }
  }

  @Benchmark
  public Path plainJavac() throws IOException {
    return lastOut = compile(false);
  }

  @Benchmark
  public Path javacWithProcessor() throws IOException {
    return lastOut = compile(true);
  }

  Path compile(boolean processor) throws IOException {
    return compile(processor ? List.of("-processorpath", classPath) : List.of("-proc:none"), sources, null);
  }

  /**
   * The processor's run without compiling anything ({@code -proc:only}): parsing and entering the
   * input, the processor, and the round its output starts.
   */
  Path processorOnly() throws IOException {
    return lastOut = compile(List.of("-processorpath", classPath, "-proc:only"), sources, null);
  }

  /** The input with the processor's generated sources beside it, compiled by plain javac. */
  Path inputAndGeneratedCode() throws IOException {
    if (generatedSources == null) {
      Path generated = Files.createTempDirectory(work, "generated");
      delete(compile(List.of("-processorpath", classPath), sources, generated));
      generatedSources = new ArrayList<>(sources);
      try (Stream<Path> walk = Files.walk(generated)) {
        walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> generatedSources.add(f.toFile()));
      }
    }
    return lastOut = compile(List.of("-proc:none"), generatedSources, null);
  }

  /**
   * The input with {@link ReplayProcessor}, a processor with no work of its own that writes what
   * the mcp-apt processor wrote ({@code empty}: an empty class per annotated class instead).
   */
  Path replayed(boolean empty) throws IOException {
    if (replaySources == null) {
      Path generated = Files.createTempDirectory(work, "replay-sources");
      Path out = compile(List.of("-processorpath", classPath), sources, generated);
      replaySources = read(generated, ".java");
      replayResources = read(out, ".json");
      replayResources.putAll(read(out, ".McpComponentFactory"));
      Map<String, String> byType = new HashMap<>();
      replaySources.forEach((path, text) -> byType.put(path.replace('/', '.').replace(".java", ""), text));
      replaySources = byType;
      delete(out);
    }
    Processor replay = new ReplayProcessor(empty ? Map.of() : replaySources, empty ? Map.of() : replayResources);
    return lastOut = compile(List.of(), sources, null, replay);
  }

  /** The files under {@code dir} whose names end in {@code suffix}, by their path under it. */
  private static Map<String, String> read(Path dir, String suffix) throws IOException {
    Map<String, String> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(f -> f.toString().endsWith(suffix)).toList()) {
        files.put(dir.relativize(f).toString().replace(File.separatorChar, '/'), Files.readString(f));
      }
    }
    return files;
  }

  /**
   * The same compilation by a new {@code javac} process, as a build in a fresh JVM runs it: javac,
   * and the processor if any, start cold.
   */
  Path coldJavac(boolean processor) throws IOException, InterruptedException {
    Path out = Files.createTempDirectory(work, "classes");
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> command = new ArrayList<>(List.of(javac.toString(), "-J-Xms1g",
        "-d", out.toString(), "-classpath", classPath, "-parameters", "--release", "17", "-encoding", "UTF-8"));
    command.addAll(processor ? List.of("-processorpath", classPath) : List.of("-proc:none"));
    for (File f : sources) {
      command.add(f.toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("javac failed:\n" + output);
    }
    return lastOut = out;
  }

  private Path compile(List<String> processorOptions, List<File> files, Path generatedSourcesDir) throws IOException {
    return compile(processorOptions, files, generatedSourcesDir, null);
  }

  private Path compile(List<String> processorOptions, List<File> files, Path generatedSourcesDir, Processor processor)
      throws IOException {
    Path out = Files.createTempDirectory(work, "classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = new ArrayList<>(List.of(
        "-d", out.toString(), "-classpath", classPath, "-parameters", "--release", "17", "-encoding", "UTF-8"));
    options.addAll(processorOptions);
    if (generatedSourcesDir != null) {
      options.addAll(List.of("-s", generatedSourcesDir.toString()));
    }
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, fileManager, null, options, null,
          fileManager.getJavaFileObjectsFromFiles(files));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      boolean ok = task.call();
      if (!ok) {
        throw new IllegalStateException("compilation failed:\n" + diagnostics);
      }
    }
    return out;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
