package dev.mcpapt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.runtime.engine.ServerEngines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) throws Exception {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheOptions() throws Exception {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("--stdio"), help);
    assertTrue(help.contains("--help"), help);
  }

  @Test
  void unknownOptionsAreNamedAndExitWithUsage() throws Exception {
    assertEquals(2, run("--stdio", "--frobnicate"));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("Unknown option: --frobnicate"), e);
    assertTrue(e.contains("Usage:"), e);
    assertEquals(2, run("--name"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Option --name needs a value"));
  }

  @Test
  void oauthAndSseOptionsAreCheckedAndParsed() throws Exception {
    assertEquals(2, run("--stdio", "--oauth-issuer", "https://as.example"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("stdio takes no OAuth tokens"));
    assertEquals(2, run("--http", "0", "--oauth-issuer", "https://as.example"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs both --oauth-issuer and --oauth-resource"));
    assertEquals(2, run("--http", "0", "--oauth-issuer", "https://as.example", "--oauth-resource", "http://127.0.0.1/mcp",
        "--oauth-challenge", "sometimes"));
    Main.Options o = Main.parse(new String[] {"--http", "0", "--no-sse", "--oauth-issuer", "https://a.example",
        "--oauth-issuer", "https://b.example", "--oauth-resource", "http://127.0.0.1:1/mcp", "--oauth-scope", "openid"});
    assertTrue(o.errors.isEmpty(), o.errors.toString());
    assertTrue(o.noSse);
    assertEquals(java.util.List.of("https://a.example", "https://b.example"), o.oauthIssuers);
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String option : java.util.List.of("--oauth-issuer", "--oauth-resource", "--oauth-scope", "--oauth-audience",
        "--oauth-challenge", "--oauth-allow-anonymous", "--no-sse")) {
      assertTrue(help.contains(option), option);
    }
  }

  @Test
  void storeOptionIsChecked() throws Exception {
    assertEquals(2, run("--stdio", "--store", "jdbc:postgresql://db/mcp"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--store needs --http"));
    assertEquals(2, run("--http", "0", "--store", "jdbc:mysql://db/mcp?password=secret"));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("--store needs a PostgreSQL JDBC URL"), e);
    assertFalse(e.contains("secret"), "no password in messages: " + e);
    assertEquals(2, run("--http", "0", "--store", "jdbc:postgresql://db/mcp", "--tasks-db", "jdbc:sqlite:t.db"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("leave out --tasks-db"));
    assertEquals(1, run("--http", "0", "--store", "jdbc:postgresql://127.0.0.1:1/none?user=x&password=secret"));
    e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("cannot start") && e.contains("unreachable"), e);
    assertFalse(e.contains("secret"), "no password in messages: " + e);
  }

  @Test
  void twoClassesDeclaringOneToolNameAreNamed() {
    dev.mcpapt.runtime.spi.McpComponent other = new dev.mcpapt.runtime.spi.McpComponent() {
      @Override
      public Class<?> type() {
        return MainTest.class;
      }

      @Override
      public java.util.List<dev.mcpapt.runtime.spi.ToolHandler> tools() {
        return java.util.List.of(new dev.mcpapt.runtime.engine.TestTools().tools().get(0));
      }
    };
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> McpServer.builder().component(new dev.mcpapt.runtime.engine.TestTools()).component(other).build());
    assertTrue(e.getMessage().contains("\"add\" is declared by both dev.mcpapt.runtime.engine.TestTools and "
        + MainTest.class.getName()), e.getMessage());
  }

  @Test
  void builderMatchesInstancesToTheirGeneratedComponents() {
    McpServer server = McpServer.builder().name("n").version("v").tools(new dev.mcpapt.runtime.engine.TestTools()).build();
    assertTrue(ServerEngines.of(server).tools().get("add") != null);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> McpServer.builder().tools("not a tool class").build());
    assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    assertTrue(server.removeComponent(dev.mcpapt.runtime.engine.TestTools.class));
    assertEquals(null, ServerEngines.of(server).tools().get("add"));
    server.addTools(new dev.mcpapt.runtime.engine.TestTools());
    assertTrue(ServerEngines.of(server).tools().get("add") != null);
  }

  @Test
  void sessionAndBodyLimitsAreSetFromTheCommandLine() throws Exception {
    Main.Options o = Main.parse(new String[] {"--http", "0", "--session-idle-timeout", "90s", "--max-sessions", "500",
        "--session-rate", "5", "--body-timeout", "10"});
    assertEquals(java.util.List.of(), o.errors);
    dev.mcpapt.runtime.transport.http.HttpOptions h = Main.httpOptions(o).build();
    assertEquals(java.time.Duration.ofSeconds(90), h.sessionIdleTimeout());
    assertEquals(500, h.maxSessions());
    assertEquals(5, h.sessionsPerSecondPerClient());
    assertEquals(java.time.Duration.ofSeconds(10), h.bodyTimeout());
    assertEquals(java.time.Duration.ofMinutes(10),
        Main.httpOptions(Main.parse(new String[] {"--http", "0", "--session-idle-timeout", "10m"})).build().sessionIdleTimeout());

    assertEquals(2, run("--http", "0", "--session-idle-timeout", "soon", "--session-rate", "-1"));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("--session-idle-timeout needs a positive duration such as 90s, 10m or 1h, got soon"), e);
    assertTrue(e.contains("--session-rate needs a whole number of at least 0, got -1"), e);
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String flag : new String[] {"--session-idle-timeout", "--max-sessions", "--session-rate", "--body-timeout"}) {
      assertTrue(help.contains(flag), help);
    }
  }
}
