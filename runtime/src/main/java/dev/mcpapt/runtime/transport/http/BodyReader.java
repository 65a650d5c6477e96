package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.LOG;
import static dev.mcpapt.runtime.transport.http.Answers.fail;

import dev.mcpapt.runtime.McpError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads request bodies without holding a thread, within {@link HttpOptions#maxBodyBytes()} and
 * {@link HttpOptions#bodyTimeout()}.
 */
final class BodyReader {
  private final HttpOptions options;
  /** Request bodies still arriving. */
  private final Set<PendingBody> pending = ConcurrentHashMap.newKeySet();

  BodyReader(HttpOptions options) {
    this.options = options;
  }

  /**
   * Reads the body, then runs {@code next} with it (on this thread if it has all arrived, else on
   * the one that reads its end). A body that takes longer than {@link HttpOptions#bodyTimeout()}
   * to arrive is answered 408 and its connection closed ({@link #expire}).
   */
  void read(HttpExchange ex, Responder r, Consumer<byte[]> next) {
    int limit = options.maxBodyBytes();
    long declared = ex.contentLength();
    if (declared > limit) {
      ex.responseHeader("Connection", "close");
      fail(r, 413, null, McpError.INVALID_REQUEST, "Payload too large: the body has " + declared
          + " bytes, the limit is " + limit);
      return;
    }
    PendingBody body = new PendingBody(r, System.nanoTime());
    ex.readBody(limit, new HttpExchange.BodyHandler() {
      @Override
      public void body(byte[] bytes) {
        if (!body.settle()) {
          return;
        }
        r.bodyUnread = false;
        if (declared >= 0 && bytes.length != declared) { // HTTP/2 does not enforce Content-Length itself
          fail(r, 400, null, McpError.PARSE_ERROR, "Parse error: the body does not match its Content-Length");
        } else if (bytes.length == 0) {
          fail(r, 400, null, McpError.PARSE_ERROR, "Parse error: empty body");
        } else {
          Answers.guarded(ex, r, () -> next.accept(bytes));
        }
      }

      @Override
      public void tooLarge() {
        if (body.settle()) {
          ex.responseHeader("Connection", "close");
          fail(r, 413, null, McpError.INVALID_REQUEST, "Payload too large: the body exceeds the limit of "
              + limit + " bytes");
        }
      }

      @Override
      public void failed(Throwable cause) {
        if (body.settle()) {
          LOG.log(System.Logger.Level.DEBUG, () -> "Reading a request body failed: " + cause);
          r.fail(cause);
        }
      }
    });
    if (!body.settled.get()) {
      pending.add(body);
      if (body.settled.get()) {
        pending.remove(body);
      }
    }
  }

  /** Answers 408 to the bodies that did not arrive in time (a stalled or trickling client). */
  void expire() {
    try {
      long now = System.nanoTime();
      long timeout = options.bodyTimeout().toNanos();
      for (PendingBody p : pending) {
        if (now - p.started >= timeout && p.settle()) {
          p.responder.exchange().responseHeader("Connection", "close");
          fail(p.responder, 408, null, McpError.INVALID_REQUEST, "Request timeout: the body did not arrive within "
              + HttpWire.seconds(options.bodyTimeout()));
        }
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Expiring request bodies failed", e);
    }
  }

  /** A body still arriving: settled once, by its end, a failure, or the deadline. */
  private final class PendingBody {
    final Responder responder;
    final long started;
    final AtomicBoolean settled = new AtomicBoolean();

    PendingBody(Responder responder, long started) {
      this.responder = responder;
      this.started = started;
    }

    boolean settle() {
      if (settled.compareAndSet(false, true)) {
        pending.remove(this);
        return true;
      }
      return false;
    }
  }
}
