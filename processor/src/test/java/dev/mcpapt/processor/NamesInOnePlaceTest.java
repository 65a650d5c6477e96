package dev.mcpapt.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Annotation names, runtime type names and generated file names are written only in the
 * {@code names} package: a literal naming one of them anywhere else is a second place.
 */
class NamesInOnePlaceTest {
  private static final Path MAIN = Path.of("src/main/java/dev/mcpapt/processor");
  private static final Pattern NAME_LITERAL = Pattern.compile(
      "\"(dev\\.mcpapt\\.|META-INF/|com\\.fasterxml\\.|jakarta\\.validation|javax\\.validation|[^\"]*_Mcp[A-Z])");

  @Test
  void namesAreWrittenOnlyInTheNamesPackage() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (file.startsWith(MAIN.resolve("names"))) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
            continue;
          }
          Matcher m = NAME_LITERAL.matcher(line);
          if (m.find()) {
            found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
