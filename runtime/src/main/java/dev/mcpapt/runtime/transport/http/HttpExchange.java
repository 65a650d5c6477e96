package dev.mcpapt.runtime.transport.http;

import java.io.IOException;

/**
 * One HTTP request and its response, as {@link McpHttpEndpoint} needs them: implemented over
 * Jetty's core API ({@link McpHttpServer}) and over the Servlet API ({@link McpServlet}).
 *
 * <p>The endpoint sets the status and headers first, then hands the body to
 * {@link #write(byte[])} from one thread at a time, then calls {@link #complete()} or
 * {@link #abort(Throwable)} exactly once.
 */
interface HttpExchange {
  /** The request method, upper case. */
  String method();

  /** The path below the endpoint's root (for a servlet: below its context and servlet path). */
  String path();

  /** What to put before a path of ours to make a link a client can follow (servlet context path). */
  String basePath();

  /** A request header, or {@code null}. */
  String header(String name);

  /**
   * Every request header but {@code Authorization}, names in lower case, for
   * {@link dev.mcpapt.runtime.McpContext#httpHeaders()}.
   */
  java.util.Map<String, java.util.List<String>> headers();

  /** A query parameter, or {@code null}. */
  String queryParameter(String name);

  /** The declared body length, or -1 if unknown (chunked). */
  long contentLength();

  /** The address of the client (of the last proxy in front of it), as text, e.g. {@code 127.0.0.1}. */
  String remoteAddress();

  /**
   * Reads the whole request body, calling exactly one method of {@code done} once: from this
   * thread if the body has arrived already, else later from another. No thread waits for bytes
   * meanwhile. Reading stops once the response has ended; a reader that is not called back in
   * time is the caller's to give up on.
   *
   * @param limit the most bytes accepted; {@link BodyHandler#tooLarge()} as soon as more arrive
   */
  void readBody(int limit, BodyHandler done);

  /**
   * Reads and drops the rest of the request body, then calls {@code done} once: with {@code true}
   * when the body has ended, with {@code false} once more than {@code limit} bytes were dropped or
   * the connection failed. No thread waits for bytes meanwhile.
   */
  void discardBody(long limit, java.util.function.Consumer<Boolean> done);

  /** What became of a request body. */
  interface BodyHandler {
    /** The whole body arrived. */
    void body(byte[] body);

    /** More than the limit arrived (the rest is left unread). */
    void tooLarge();

    /** The connection failed or closed before the end of the body. */
    void failed(Throwable cause);
  }

  /** Sets the response status; before the first write. */
  void status(int status);

  /** Sets a response header; before the first write. */
  void responseHeader(String name, String value);

  /** Writes and flushes a chunk of the body (commits the response on the first call); blocks. */
  void write(byte[] chunk) throws IOException;

  /**
   * Writes the last chunk of the body and ends the response normally, as one operation. A body
   * whose length was declared must end this way: once it is all written the server has already
   * finished the response, and a separate flush or completion would race with the next request
   * on a keep-alive connection.
   */
  void writeLast(byte[] chunk) throws IOException;

  /**
   * Whether {@link #writeLast} never blocks (it hands the bytes to the server's own asynchronous
   * write), so any thread may call it.
   */
  default boolean lastWriteIsAsync() {
    return false;
  }

  /** Ends the response normally. */
  void complete();

  /** Ends the response abnormally (the client went away, or writing failed). */
  void abort(Throwable cause);

  /**
   * Runs {@code listener} (at most once) when the client connection fails or closes before the
   * response completes, where the server can tell.
   */
  void onClientGone(Runnable listener);
}
