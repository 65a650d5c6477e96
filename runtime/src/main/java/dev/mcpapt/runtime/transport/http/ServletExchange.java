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
    Input input = input(done::failed);
    if (input != null) {
      input.collect(new BodyBuffer(limit, request.getContentLengthLong()), done);
    }
  }

  @Override
  public void discardBody(long limit, java.util.function.Consumer<Boolean> done) {
    Input input = input(failure -> done.accept(false));
    if (input != null) {
      input.discard(limit, done);
    }
  }

  private Input input;

  /** The one listener a request's input may have, made on first use; null (and reported) if none. */
  private synchronized Input input(java.util.function.Consumer<Throwable> failed) {
    if (input == null) {
      try {
        input = new Input(request.getInputStream());
      } catch (IOException | RuntimeException e) {
        failed.accept(e);
        return null;
      }
    }
    return input;
  }

  /**
   * Reads the body for whoever asks last: first into a buffer ({@link #collect}); after a body
   * too large, or for a refused request, into nothing ({@link #discard}). A servlet input takes
   * one listener for its whole life, hence one object that changes what it does with the bytes.
   */
  private final class Input implements ReadListener {
    private final ServletInputStream in;
    private final byte[] chunk = new byte[8192];
    private boolean listening;
    private boolean ended;
    private BodyBuffer buffer;
    private BodyHandler collector;
    private long discardLimit;
    private long discarded;
    private java.util.function.Consumer<Boolean> discarder;

    Input(ServletInputStream in) {
      this.in = in;
    }

    synchronized void collect(BodyBuffer buffer, BodyHandler done) {
      this.buffer = buffer;
      this.collector = done;
      start();
    }

    synchronized void discard(long limit, java.util.function.Consumer<Boolean> done) {
      this.discardLimit = limit;
      this.discarded = 0;
      this.discarder = done;
      if (ended) {
        settleDiscard(true);
      } else {
        start();
      }
    }

    /** Installs the listener (the container then calls it), or resumes reading where it stopped. */
    private void start() {
      if (!listening) {
        listening = true;
        in.setReadListener(this);
      } else {
        try {
          onDataAvailable();
        } catch (IOException | RuntimeException e) {
          onError(e);
        }
      }
    }

    @Override
    public synchronized void onDataAvailable() throws IOException {
      while ((collector != null || discarder != null) && !completed.get() && in.isReady()) {
        int n = in.read(chunk);
        if (n < 0) {
          return; // onAllDataRead follows
        }
        if (collector != null) {
          if (!buffer.add(chunk, 0, n)) {
            BodyHandler done = collector;
            collector = null;
            done.tooLarge();
          }
        } else {
          discarded += n;
          if (discarded > discardLimit) {
            settleDiscard(false);
          }
        }
      }
    }

    @Override
    public synchronized void onAllDataRead() {
      ended = true;
      if (collector != null) {
        BodyHandler done = collector;
        collector = null;
        done.body(buffer.bytes());
      } else if (discarder != null) {
        settleDiscard(true);
      }
    }

    @Override
    public synchronized void onError(Throwable t) {
      if (collector != null) {
        BodyHandler done = collector;
        collector = null;
        done.failed(t);
      } else if (discarder != null) {
        settleDiscard(false);
      }
    }

    private void settleDiscard(boolean bodyEnded) {
      java.util.function.Consumer<Boolean> done = discarder;
      discarder = null;
      done.accept(bodyEnded);
    }
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
