package dev.mcpapt.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * Run in a JVM of its own by {@link GoldenFileTest#outputIsDeterministic}: compiles one class of
 * the blackbox module and writes every generated text file under a directory.
 *
 * <pre>GeneratedFilesDump &lt;output directory&gt; &lt;class name&gt;</pre>
 */
public final class GeneratedFilesDump {
  private GeneratedFilesDump() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Compilation compilation = GoldenFileTest.compile(args[1]);
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        Path target = out.resolve(file.toUri().getPath().replaceFirst("^/+", ""));
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getCharContent(true), StandardCharsets.UTF_8);
      }
    }
  }
}
