package dev.mcpapt.runtime.transport.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/** An {@link HttpExchange} over an asynchronous servlet request. */
final class ServletExchange implements HttpExchange {
  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final AsyncContext async;
  private final AtomicBoolean completed = new AtomicBoolean();

  ServletExchange(HttpServletRequest request, HttpServletResponse response, AsyncContext async) {
    this.request = request;
    this.response = response;
    this.async = async;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String path() {
    String info = request.getPathInfo();
    String p = info != null ? info : request.getServletPath();
    return p == null || p.isEmpty() ? "/" : p;
  }

  @Override
  public String basePath() {
    String context = request.getContextPath();
    String servlet = request.getPathInfo() != null ? request.getServletPath() : "";
    return (context == null ? "" : context) + (servlet == null ? "" : servlet);
  }

  @Override
  public String header(String name) {
    return request.getHeader(name);
  }

  @Override
  public java.util.Map<String, java.util.List<String>> headers() {
    java.util.Map<String, java.util.List<String>> all = new java.util.LinkedHashMap<>();
    for (String name : java.util.Collections.list(request.getHeaderNames())) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (!lower.equals("authorization")) {
        all.computeIfAbsent(lower, k -> new java.util.ArrayList<>()).addAll(java.util.Collections.list(request.getHeaders(name)));
      }
    }
    return all;
  }

  @Override
  public String queryParameter(String name) {
    return request.getParameter(name);
  }

  @Override
  public long contentLength() {
    return request.getContentLengthLong();
  }

  @Override
  public String remoteAddress() {
    return request.getRemoteAddr();
  }

  /** Non-blocking servlet input (a {@link ReadListener}): no container thread waits for the bytes. */
  @Override
  public void readBody(int limit, BodyHandler done) {
    ServletInputStream in;
    try {
      in = request.getInputStream();
    } catch (IOException | RuntimeException e) {
      done.failed(e);
      return;
    }
    BodyBuffer buffer = new BodyBuffer(limit, request.getContentLengthLong());
    AtomicBoolean settled = new AtomicBoolean();
    in.setReadListener(new ReadListener() {
      private final byte[] chunk = new byte[8192];

      @Override
      public void onDataAvailable() throws IOException {
        while (!settled.get() && !completed.get() && in.isReady()) {
          int n = in.read(chunk);
          if (n < 0) {
            return; // onAllDataRead follows
          }
          if (!buffer.add(chunk, 0, n) && settled.compareAndSet(false, true)) {
            done.tooLarge();
            return;
          }
        }
      }

      @Override
      public void onAllDataRead() {
        if (settled.compareAndSet(false, true)) {
          done.body(buffer.bytes());
        }
      }

      @Override
      public void onError(Throwable t) {
        if (settled.compareAndSet(false, true)) {
          done.failed(t);
        }
      }
    });
  }

  @Override
  public void status(int status) {
    response.setStatus(status);
  }

  @Override
  public void responseHeader(String name, String value) {
    response.setHeader(name, value);
  }

  @Override
  public void write(byte[] chunk) throws IOException {
    var out = response.getOutputStream();
    out.write(chunk);
    out.flush();
  }

  @Override
  public void writeLast(byte[] chunk) throws IOException {
    write(chunk);
    complete();
  }

  @Override
  public void complete() {
    if (completed.compareAndSet(false, true)) {
      try {
        async.complete();
      } catch (IllegalStateException e) {
        // the container already ended the request
      }
    }
  }

  @Override
  public void abort(Throwable cause) {
    complete();
  }

  @Override
  public void onClientGone(Runnable listener) {
    AtomicBoolean once = new AtomicBoolean();
    async.addListener(new AsyncListener() {
      @Override
      public void onComplete(AsyncEvent event) {}

      @Override
      public void onTimeout(AsyncEvent event) {
        fire();
      }

      @Override
      public void onError(AsyncEvent event) {
        fire();
      }

      @Override
      public void onStartAsync(AsyncEvent event) {}

      private void fire() {
        if (once.compareAndSet(false, true) && !completed.get()) {
          listener.run();
        }
      }
    });
  }
}
