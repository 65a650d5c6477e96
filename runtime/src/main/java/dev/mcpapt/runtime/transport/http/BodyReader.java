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
 * {@link HttpOptions#bodyTimeout()}; and reads and drops the bodies of refused requests before
 * they are answered ({@link #discardThen}).
 */
final class BodyReader {
  /**
   * The most bytes of a refused request's body read and dropped so that its answer arrives. Past
   * it the answer goes at once and the connection is closed, which the client may see as a reset.
   */
  static final long DISCARD_LIMIT = 8L * 1024 * 1024;

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
      fail(r, 413, null, McpError.INVALID_REQUEST, "Payload too large: the body has " + declared
          + " bytes, the limit is " + limit);
      return;
    }
    PendingBody body = new PendingBody(r, System.nanoTime(), () -> {
      r.bodyUnread = false; // a stalled body is not waited for twice
      r.exchange().responseHeader("Connection", "close");
      fail(r, 408, null, McpError.INVALID_REQUEST, "Request timeout: the body did not arrive within "
          + HttpWire.seconds(options.bodyTimeout()));
    });
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
    watch(body);
  }

  /**
   * Runs {@code answer} once the rest of the request body has been read and dropped, so that the
   * answer reaches a client that is still sending. Closing a connection whose bytes are unread
   * makes TCP reset it, and the reset can destroy the answer before the client reads it; HTTP/2
   * resets the stream instead. A body over {@link #DISCARD_LIMIT}, one that does not end within
   * {@link HttpOptions#bodyTimeout()}, and one the client waits to send ({@code Expect:
   * 100-continue}) are not waited for: the answer goes at once, and the connection is closed.
   */
  void discardThen(Responder r, Runnable answer) {
    HttpExchange ex = r.exchange();
    if (!r.bodyUnread) {
      answer.run();
      return;
    }
    r.bodyUnread = false;
    Runnable closing = () -> {
      ex.responseHeader("Connection", "close");
      answer.run();
    };
    if (ex.contentLength() > DISCARD_LIMIT || "100-continue".equalsIgnoreCase(ex.header("Expect"))) {
      closing.run();
      return;
    }
    PendingBody body = new PendingBody(r, System.nanoTime(), closing);
    ex.discardBody(DISCARD_LIMIT, ended -> {
      if (body.settle()) {
        (ended ? answer : closing).run();
      }
    });
    watch(body);
  }

  private void watch(PendingBody body) {
    if (!body.settled.get()) {
      pending.add(body);
      if (body.settled.get()) {
        pending.remove(body);
      }
    }
  }

  /**
   * Gives up on the bodies that did not arrive in time (a stalled or trickling client): one being
   * read is answered 408, a refused one gets its answer; both connections are closed.
   */
  void expire() {
    try {
      long now = System.nanoTime();
      long timeout = options.bodyTimeout().toNanos();
      for (PendingBody p : pending) {
        if (now - p.started >= timeout && p.settle()) {
          Answers.guarded(p.responder.exchange(), p.responder, p.onTimeout);
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
    final Runnable onTimeout;
    final AtomicBoolean settled = new AtomicBoolean();

    PendingBody(Responder responder, long started, Runnable onTimeout) {
      this.responder = responder;
      this.started = started;
      this.onTimeout = onTimeout;
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
