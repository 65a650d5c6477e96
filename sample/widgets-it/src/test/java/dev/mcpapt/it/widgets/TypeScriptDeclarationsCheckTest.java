package dev.mcpapt.it.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript compiler reads the declarations the processor generated for {@link Board},
 * with the bridge's own {@code mcp-widget.d.ts}: widget code that calls the tools correctly
 * type-checks, and code with wrong arguments, an unknown tool or a wrong output type does not.
 */
class TypeScriptDeclarationsCheckTest {
  private static final Path ROOT =
      Path.of(System.getProperty("mcpapt.root", "../..")).toAbsolutePath().normalize();

  @Test
  void correctWidgetCodeTypeChecks() throws Exception {
    Result r = tsc("typed-calls.ts");
    assertEquals(0, r.exit, r.output);
  }

  @Test
  void mistakesAreCaughtWhereTheyAre() throws Exception {
    Result r = tsc("mistyped-calls.ts");
    assertNotEquals(0, r.exit, "the mistakes were not caught:\n" + r.output);
    assertTrue(r.output.contains("mistyped-calls.ts(5,"), "wrong argument type:\n" + r.output);
    assertTrue(r.output.contains("mistyped-calls.ts(6,") && r.output.contains("no_such_tool"),
        "unknown tool:\n" + r.output);
    assertTrue(r.output.contains("mistyped-calls.ts(8,"), "wrong output type:\n" + r.output);
    assertEquals(3, r.output.lines().filter(l -> l.contains("error TS")).count(), r.output);
  }

  record Result(int exit, String output) {}

  /** Runs tsc, strict, on {@code source} (in src/test/typescript) with the bridge's and Board's declarations. */
  static Result tsc(String source) throws IOException, InterruptedException, URISyntaxException {
    Path tsc = ROOT.resolve("runtime/src/test/node/node_modules/typescript/bin/tsc");
    assertTrue(Files.isRegularFile(tsc), "run `npm ci` in runtime/src/test/node first (.ci/setup.sh does)");
    URL generated = TypeScriptDeclarationsCheckTest.class.getResource("/META-INF/mcp/dev.mcpapt.it.widgets.Board.d.ts");
    assertNotNull(generated, "the processor wrote no declarations for Board");
    Path bridge = ROOT.resolve("runtime/src/main/resources/dev/mcpapt/widget/mcp-widget.d.ts");
    Path dir = ROOT.resolve("sample/widgets-it/src/test/typescript");

    List<String> command = new ArrayList<>(List.of(WidgetEndToEndTest.node(), tsc.toString(),
        "--noEmit", "--strict", "--pretty", "false", "--target", "es2020", "--lib", "es2020,dom",
        bridge.toString(), Path.of(generated.toURI()).toString(), source));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tsc did not finish");
    return new Result(p.exitValue(), output);
  }
}
