package dev.mcpapt.runtime.transport.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** An {@link HttpExchange} over Jetty's core request, response and callback. */
final class JettyExchange implements HttpExchange {
  private final Request request;
  private final Response response;
  private final Callback callback;
  private final AtomicBoolean completed = new AtomicBoolean();
  private OutputStream out;
  private Fields query;

  JettyExchange(Request request, Response response, Callback callback) {
    this.request = request;
    this.response = response;
    this.callback = callback;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String path() {
    String p = Request.getPathInContext(request);
    return p == null || p.isEmpty() ? "/" : p;
  }

  @Override
  public String basePath() {
    String c = Request.getContextPath(request);
    return c == null || c.equals("/") ? "" : c;
  }

  @Override
  public String header(String name) {
    String value = request.getHeaders().get(name);
    if (value == null && "Host".equalsIgnoreCase(name)) {
      return request.getHttpURI().getAuthority(); // HTTP/2 carries it as :authority
    }
    return value;
  }

  @Override
  public String queryParameter(String name) {
    if (query == null) {
      query = Request.extractQueryParameters(request);
    }
    return query.getValue(name);
  }

  @Override
  public long contentLength() {
    return request.getLength();
  }

  @Override
  public String remoteAddress() {
    return Request.getRemoteAddr(request);
  }

  @Override
  public void readBody(int limit, BodyHandler done) {
    new BodyReader(new BodyBuffer(limit, request.getLength()), done).run();
  }

  /** Reads what has arrived, then asks Jetty to call it again when more does: no thread waits. */
  private final class BodyReader implements Runnable {
    private final BodyBuffer buffer;
    private final BodyHandler done;

    BodyReader(BodyBuffer buffer, BodyHandler done) {
      this.buffer = buffer;
      this.done = done;
    }

    @Override
    public void run() {
      while (!completed.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          done.failed(chunk.getFailure());
          return;
        }
        boolean fits = buffer.add(chunk.getByteBuffer());
        boolean last = chunk.isLast();
        chunk.release();
        if (!fits) {
          done.tooLarge();
          return;
        }
        if (last) {
          done.body(buffer.bytes());
          return;
        }
      }
    }
  }

  @Override
  public void discardBody(long limit, java.util.function.Consumer<Boolean> done) {
    new Discarder(limit, done).run();
  }

  /** Reads and drops what has arrived, then asks Jetty to call it again when more does. */
  private final class Discarder implements Runnable {
    private final long limit;
    private final java.util.function.Consumer<Boolean> done;
    private long dropped;

    Discarder(long limit, java.util.function.Consumer<Boolean> done) {
      this.limit = limit;
      this.done = done;
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          done.accept(false);
          return;
        }
        dropped += chunk.remaining();
        boolean last = chunk.isLast();
        chunk.release();
        if (last || dropped > limit) {
          done.accept(last);
          return;
        }
      }
    }
  }

  @Override
  public void status(int status) {
    response.setStatus(status);
  }

  @Override
  public void responseHeader(String name, String value) {
    response.getHeaders().put(name, value);
  }

  @Override
  public java.util.Map<String, java.util.List<String>> headers() {
    // Jetty's parsed headers are immutable: kept as they are, copied only if a method asks.
    org.eclipse.jetty.http.HttpFields fields = request.getHeaders().asImmutable();
    return new dev.mcpapt.runtime.engine.LazyHeaders(() -> {
      java.util.Map<String, java.util.List<String>> all = new java.util.LinkedHashMap<>();
      for (org.eclipse.jetty.http.HttpField f : fields) {
        String name = f.getLowerCaseName();
        if (!name.equals("authorization")) {
          all.computeIfAbsent(name, k -> new java.util.ArrayList<>(1)).add(f.getValue());
        }
      }
      return all;
    });
  }

  @Override
  public void write(byte[] chunk) throws IOException {
    if (out == null) {
      out = Content.Sink.asOutputStream(response);
    }
    out.write(chunk);
    out.flush();
  }

  @Override
  public boolean lastWriteIsAsync() {
    return true;
  }

  @Override
  public void writeLast(byte[] chunk) {
    if (completed.compareAndSet(false, true)) {
      // Earlier chunks went through the blocking stream and are flushed; this one ends the
      // response, and Jetty completes the callback once it is written.
      response.write(true, java.nio.ByteBuffer.wrap(chunk), callback);
    }
  }

  /**
   * Ends the response with a last write of its own, which completes the callback once written.
   * Completing the callback first would leave the last write to Jetty, and Jetty 12.1 then ends
   * the exchange from two threads when that write completes while the handler is returning: the
   * second ending hits the next request on the connection (a 500, or the connection closed) or,
   * on an idle connection, throws a NullPointerException.
   */
  @Override
  public void complete() {
    if (completed.compareAndSet(false, true)) {
      response.write(true, BufferUtil.EMPTY_BUFFER, callback);
    }
  }

  /**
   * Ends the response abnormally without an error page (the client is gone, or the response was
   * cut off half-way): HTTP/1 closes the connection, HTTP/2 resets the stream.
   */
  @Override
  public void abort(Throwable cause) {
    if (completed.compareAndSet(false, true)) {
      callback.failed(new Request.Handler.AbortException("response aborted", cause));
    }
  }

  @Override
  public void onClientGone(Runnable listener) {
    AtomicBoolean once = new AtomicBoolean();
    request.addFailureListener(t -> {
      if (once.compareAndSet(false, true)) {
        listener.run();
      }
    });
  }
}
