package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * How a response is ended on Jetty. Ending it by completing the callback left the last write to
 * Jetty, and Jetty 12.1 can then end the exchange twice (see {@link KeepAliveHttpTest}); here the
 * calls themselves are checked, without depending on a race.
 */
class JettyExchangeTest {
  /** What the exchange did to the response and its callback. */
  private final List<String> calls = new ArrayList<>();
  private final List<Object[]> writes = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();

  private final Callback callback = new Callback() {
    @Override
    public void succeeded() {
      calls.add("succeeded");
    }

    @Override
    public void failed(Throwable x) {
      calls.add("failed");
      failures.add(x);
    }
  };

  private JettyExchange exchange() {
    Request request = (Request) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Request.class},
        (proxy, method, args) -> {
          throw new UnsupportedOperationException(method.getName());
        });
    Response response = (Response) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Response.class},
        (proxy, method, args) -> {
          if (method.getName().equals("write")) {
            calls.add("write");
            writes.add(args);
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        });
    return new JettyExchange(request, response, callback);
  }

  @Test
  void completeEndsTheResponseWithItsOwnLastWriteThatCarriesTheCallback() {
    JettyExchange ex = exchange();
    ex.complete();
    ex.complete(); // a second ending does nothing
    ex.abort(new IOException("late"));
    assertEquals(List.of("write"), calls, "the callback is left to the write");
    Object[] args = writes.get(0);
    assertEquals(true, args[0], "a last write");
    assertEquals(0, ((ByteBuffer) args[1]).remaining());
    assertSame(callback, args[2]);
  }

  @Test
  void writeLastCarriesTheCallbackToo() {
    JettyExchange ex = exchange();
    ex.writeLast(new byte[] {'{', '}'});
    ex.complete();
    assertEquals(List.of("write"), calls);
    assertEquals(true, writes.get(0)[0]);
    assertEquals(2, ((ByteBuffer) writes.get(0)[1]).remaining());
    assertSame(callback, writes.get(0)[2]);
  }

  @Test
  void abortFailsTheCallbackWithoutAnErrorPageAndOnlyOnce() {
    JettyExchange ex = exchange();
    IOException gone = new IOException("client closed the connection");
    ex.abort(gone);
    ex.complete(); // completion after a vanished client: a no-op
    ex.abort(gone);
    assertEquals(List.of("failed"), calls);
    // Jetty writes no error page for an AbortException: it closes the connection (HTTP/1) or resets the stream
    Request.Handler.AbortException abort = assertInstanceOf(Request.Handler.AbortException.class, failures.get(0));
    assertSame(gone, abort.getCause());
    assertTrue(writes.isEmpty());
  }
}
