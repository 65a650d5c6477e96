package dev.mcpapt.testing;

import dev.mcpapt.runtime.McpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: a fresh {@link McpTester} for every test method that asks for one, closed after it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static McpTesterExtension mcp = McpTesterExtension.of(() -> McpServer.builder().tools(new Calculator()).build());
 *
 * @Test
 * void adds(McpTester mcp) {
 *   mcp.call("add", "{\"a\":2,\"b\":40}").assertOk().assertStructured("/sum", 42);
 * }
 * }</pre>
 */
public final class McpTesterExtension implements ParameterResolver, AfterEachCallback {
  private final Supplier<McpTester> factory;
  private String revision;
  private InputHandler inputs;
  private final ThreadLocal<List<McpTester>> open = ThreadLocal.withInitial(ArrayList::new);

  private McpTesterExtension(Supplier<McpTester> factory) {
    this.factory = factory;
  }

  /** A new server from {@code server} for every test, in this process. */
  public static McpTesterExtension of(Supplier<McpServer> server) {
    return new McpTesterExtension(() -> McpTester.of(server.get()));
  }

  /** A new process of {@code command} for every test, over stdio. */
  public static McpTesterExtension stdio(String... command) {
    return new McpTesterExtension(() -> McpTester.stdio(command));
  }

  /** The endpoint at {@code url} (stateless 2026-07-28). */
  public static McpTesterExtension http(Supplier<String> url) {
    return new McpTesterExtension(() -> McpTester.http(url.get()));
  }

  /** Every tester speaks {@code revision}. */
  public McpTesterExtension revision(String revision) {
    this.revision = revision;
    return this;
  }

  /** Every tester answers the server's questions with {@code handler}. */
  public McpTesterExtension answering(InputHandler handler) {
    this.inputs = handler;
    return this;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == McpTester.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    McpTester t = factory.get();
    open.get().add(t);
    if (revision != null) {
      t.revision(revision);
    }
    if (inputs != null) {
      t.answering(inputs);
    }
    return t;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<McpTester> testers = open.get();
    testers.forEach(McpTester::close);
    testers.clear();
  }
}
