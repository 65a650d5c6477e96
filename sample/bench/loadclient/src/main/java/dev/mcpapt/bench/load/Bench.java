package dev.mcpapt.bench.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Runs the measurements of one server over one transport, from process start to exit. */
final class Bench {
  private static final long START_TIMEOUT_MILLIS = 60_000;

  private final Options options;

  Bench(Options options) {
    this.options = options;
  }

  private Path logFile(ServerSpec spec, String transport) {
    return options.out.resolve("logs").resolve(spec.name().replaceAll("[^A-Za-z0-9._+-]+", "_") + "-" + transport + ".log");
  }

  // ================================================================= stdio

  Measurement stdio(ServerSpec spec, int round) {
    Measurement m = new Measurement(spec.name(), "stdio", round);
    Path log = logFile(spec, "stdio");
    ServerProcess server;
    try {
      server = ServerProcess.start(spec.stdioCommand(), true, log);
    } catch (IOException e) {
      m.problem("cannot start: " + e.getMessage());
      return m;
    }
    Watchdog watchdog = new Watchdog(server, START_TIMEOUT_MILLIS);
    try {
      StdioChannel channel = new StdioChannel(server);
      channel.send(Requests.initialize(0));
      Reply init = channel.awaitResponse(0);
      if (init.error) {
        throw new IOException("initialize failed: " + init.errorMessage);
      }
      channel.send(Requests.initialized());
      channel.send(Requests.toolsList(1));
      Reply list = channel.awaitResponse(1);
      m.put("start_ms", (System.nanoTime() - server.startNanos) / 1e6);
      if (!list.listsEcho) {
        throw new IOException("tools/list does not list the echo tool");
      }
      watchdog.stallAfter(options.stallMillis);

      long[] nextId = {2};
      m.put("cold_calls_per_s", sequential(channel, watchdog, nextId, options.coldMillis, null, m) / (options.coldMillis / 1000.0));
      sequential(channel, watchdog, nextId, options.warmupMillis, null, m);
      Recorder seq = new Recorder();
      long calls = sequential(channel, watchdog, nextId, options.durationMillis, seq, m);
      m.put("seq_calls_per_s", calls / (options.durationMillis / 1000.0));
      m.put("seq_p50_us", seq.quantileMicros(0.50));
      m.put("seq_p99_us", seq.quantileMicros(0.99));

      if (options.inflight > 1) {
        pipelined(server, channel, watchdog, nextId[0], m);
      }
    } catch (Reported e) {
      // already in m.problems
    } catch (IOException | RuntimeException e) {
      m.problem(why(server, watchdog, e) + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      m.problem("interrupted");
    } finally {
      watchdog.close();
      server.close();
    }
    recordRss(server, m);
    return m;
  }

  /** A failure whose problem is already recorded. */
  private static final class Reported extends IOException {
    private static final long serialVersionUID = 1L;

    Reported(IOException cause) {
      super(cause);
    }
  }

  /** The peak RSS, read before the server was stopped (see {@link ServerProcess#close()}). */
  private static void recordRss(ServerProcess server, Measurement m) {
    long rss = server.peakRssBytes();
    if (rss > 0 && m.values.containsKey("start_ms")) {
      m.put("rss_mb", rss / 1048576.0);
    }
  }

  /** What the server did, if that explains a failure. */
  private String why(ServerProcess server, Watchdog watchdog, Exception failure) {
    if (String.valueOf(failure.getMessage()).contains("the server exited")) {
      return "";
    }
    if (watchdog.fired()) {
      return "stalled (no answer for " + options.stallMillis + " ms): ";
    }
    try {
      if (server.process.waitFor(200, TimeUnit.MILLISECONDS)) {
        return "the server exited with status " + server.process.exitValue() + ": ";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "";
  }

  /** Calls echo one at a time for {@code millis}; returns the calls completed. */
  private long sequential(StdioChannel channel, Watchdog watchdog, long[] nextId, long millis, Recorder recorder, Measurement m)
      throws IOException {
    long end = System.nanoTime() + millis * 1_000_000L;
    long calls = 0;
    long now;
    while ((now = System.nanoTime()) < end) {
      long id = nextId[0]++;
      channel.bufferCall(id);
      channel.flush();
      Reply reply;
      do {
        channel.readLine();
        reply = channel.reply();
      } while (!reply.response);
      long done = System.nanoTime();
      watchdog.progress();
      String wrong = reply.checkEcho(id, Requests.TEXT);
      if (wrong != null) {
        throw new IOException("call " + id + ": " + wrong);
      }
      if (recorder != null) {
        recorder.record(done - now);
      }
      calls++;
    }
    return calls;
  }

  /**
   * Keeps {@code options.inflight} calls outstanding: a writer thread sends whenever the window has
   * room (all free slots in one write), this thread reads. Counts and times only the responses
   * that arrive in the measured window, after a warm-up; then stops sending and waits for every
   * outstanding response. One that never comes is reported as lost.
   */
  private void pipelined(ServerProcess server, StdioChannel channel, Watchdog watchdog, long firstId, Measurement m)
      throws IOException, InterruptedException {
    int inflight = options.inflight;
    int mask = 4095; // ids in flight differ by less than the window, far below the ring size
    long[] sentAt = new long[mask + 1];
    boolean[] pending = new boolean[mask + 1];
    Semaphore window = new Semaphore(inflight);
    AtomicLong sent = new AtomicLong();
    IOException[] writeFailure = new IOException[1];
    CountDownLatch writerDone = new CountDownLatch(1);
    AtomicLong pingId = new AtomicLong(-2);
    long t0 = System.nanoTime();
    long measureStart = t0 + options.warmupMillis * 1_000_000L;
    long measureEnd = measureStart + options.durationMillis * 1_000_000L;
    Thread writer =
        new Thread(
            () -> {
              long id = firstId;
              try {
                while (System.nanoTime() < measureEnd) {
                  if (!window.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                    continue;
                  }
                  int batch = 1 + window.drainPermits();
                  long now = System.nanoTime();
                  for (int i = 0; i < batch; i++, id++) {
                    int slot = (int) (id & mask);
                    sentAt[slot] = now;
                    pending[slot] = true;
                    channel.bufferCall(id);
                  }
                  sent.addAndGet(batch); // publishes sentAt/pending before the calls leave
                  channel.flush();
                }
                // A last request, so the reader knows when everything sent has been answered.
                pingId.set(id);
                channel.send(Requests.ping(id));
              } catch (IOException e) {
                writeFailure[0] = e;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                writerDone.countDown();
              }
            },
            "pipelined-writer");
    writer.setDaemon(true);
    writer.start();

    Recorder recorder = new Recorder();
    long received = 0;
    long measured = 0;
    String wrong = null;
    boolean pinged = false;
    try {
      while (!(pinged && received == sent.get())) {
        channel.readLine();
        Reply reply = channel.reply();
        if (!reply.response) {
          continue;
        }
        long now = System.nanoTime();
        watchdog.progress();
        if (reply.id == pingId.get()) {
          pinged = true;
          continue;
        }
        sent.get(); // acquire: the writer's sentAt/pending for this id are visible
        int slot = (int) (reply.id & mask);
        if (reply.id < firstId || !pending[slot]) {
          wrong = "response to an id not in flight: " + reply.id;
          break;
        }
        pending[slot] = false;
        received++;
        String bad = reply.checkEcho(reply.id, Requests.TEXT);
        if (bad != null && wrong == null) {
          wrong = "call " + reply.id + ": " + bad;
        }
        if (now >= measureStart && now < measureEnd) {
          recorder.record(now - sentAt[slot]);
          measured++;
        }
        window.release();
      }
    } catch (IOException e) {
      writerDone.await(2, TimeUnit.SECONDS);
      long lost = sent.get() - received;
      m.put("pipe_lost", lost);
      if (watchdog.fired()) {
        m.problem(options.inflight + " in flight: the server stopped answering with " + lost
            + " response(s) outstanding; killed after " + options.stallMillis + " ms");
      } else {
        m.problem(options.inflight + " in flight: " + e);
      }
      throw new Reported(e);
    }
    writerDone.await();
    if (writeFailure[0] != null) {
      throw writeFailure[0];
    }
    if (wrong != null) {
      throw new IOException(options.inflight + " in flight: " + wrong);
    }
    m.put("pipe_lost", 0);
    m.put("pipe_calls_per_s", measured / (options.durationMillis / 1000.0));
    m.put("pipe_p50_us", recorder.quantileMicros(0.50));
    m.put("pipe_p99_us", recorder.quantileMicros(0.99));
  }

  // ================================================================= Streamable HTTP

  Measurement http(ServerSpec spec, int round) {
    Measurement m = new Measurement(spec.name(), "http", round);
    Path log = logFile(spec, "http");
    int port;
    ServerProcess server;
    try {
      port = freePort();
      server = ServerProcess.start(spec.httpCommand().replace("{port}", Integer.toString(port)), false, log);
    } catch (IOException e) {
      m.problem("cannot start: " + e.getMessage());
      return m;
    }
    Watchdog watchdog = new Watchdog(server, START_TIMEOUT_MILLIS);
    List<HttpChannel> open = new ArrayList<>();
    try {
      HttpChannel first = new HttpChannel("127.0.0.1", port, spec.path());
      open.add(first);
      awaitFirstSession(server, first);
      Reply list = first.post(Requests.toolsList(1));
      m.put("start_ms", (System.nanoTime() - server.startNanos) / 1e6);
      if (list == null || !list.listsEcho) {
        throw new IOException("tools/list does not list the echo tool: HTTP " + first.status + " " + first.describeBody());
      }
      watchdog.stallAfter(options.stallMillis);

      // Each scenario runs on its own connections: one that fails is reported, the next still runs.
      try {
        long calls = 0;
        long id = 2;
        long end = System.nanoTime() + options.coldMillis * 1_000_000L;
        while (System.nanoTime() < end) {
          checkHttp(first, id, first.call(id));
          id++;
          calls++;
          watchdog.progress();
        }
        m.put("cold_calls_per_s", calls / (options.coldMillis / 1000.0));
      } catch (IOException e) {
        m.problem(why(server, watchdog, e) + "first calls: " + e);
      } finally {
        first.close();
      }

      for (int clients : options.clients) {
        if (!server.process.isAlive()) {
          break;
        }
        try {
          concurrent(port, spec.path(), clients, false, watchdog, m, open);
        } catch (IOException e) {
          m.problem(why(server, watchdog, e) + e.getMessage());
        }
      }
      for (int clients : options.modernClients) {
        if (!server.process.isAlive()) {
          break;
        }
        try {
          concurrent(port, spec.path(), clients, true, watchdog, m, open);
        } catch (IOException e) {
          m.problem(why(server, watchdog, e) + "2026-07-28: " + e.getMessage());
        }
      }
    } catch (IOException | RuntimeException e) {
      m.problem(why(server, watchdog, e) + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      m.problem("interrupted");
    } finally {
      open.forEach(HttpChannel::close);
      watchdog.close();
      server.close();
    }
    recordRss(server, m);
    return m;
  }

  /** Connects and initializes as soon as the server accepts, retrying until it does. */
  private static void awaitFirstSession(ServerProcess server, HttpChannel channel) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT_MILLIS * 1_000_000L;
    IOException last = null;
    while (System.nanoTime() < deadline) {
      if (!server.process.isAlive()) {
        throw new IOException("the server exited with status " + server.process.exitValue());
      }
      try {
        channel.connect();
        channel.initialize();
        return;
      } catch (ConnectException e) {
        last = e; // not listening yet
      } catch (IOException e) {
        last = e; // listening, not serving yet
      }
      channel.close();
      Thread.sleep(2);
    }
    throw new IOException("no session within " + START_TIMEOUT_MILLIS + " ms", last);
  }

  private static void checkHttp(HttpChannel channel, long id, Reply reply) throws IOException {
    if (channel.status != 200) {
      throw new IOException("call " + id + ": HTTP " + channel.status + " " + channel.describeBody());
    }
    if (reply == null) {
      throw new IOException("call " + id + ": no JSON-RPC response in the body: " + channel.describeBody());
    }
    String wrong = reply.checkEcho(id, Requests.TEXT);
    if (wrong != null) {
      throw new IOException("call " + id + ": " + wrong);
    }
  }

  /** {@code clients} sessions, each on its own keep-alive connection and thread, calling in a loop. */
  /** {@code clients} clients calling at once, each on its own connection: 2025 sessions, or stateless 2026-07-28 requests. */
  private void concurrent(int port, String path, int clients, boolean modern, Watchdog watchdog, Measurement m,
      List<HttpChannel> open) throws IOException, InterruptedException {
    List<HttpChannel> channels = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      HttpChannel channel = new HttpChannel("127.0.0.1", port, path);
      open.add(channel);
      channel.connect();
      if (modern) {
        channel.modern();
      } else {
        channel.initialize();
      }
      channels.add(channel);
      watchdog.progress();
    }
    long t0 = System.nanoTime();
    long measureStart = t0 + options.warmupMillis * 1_000_000L;
    long measureEnd = measureStart + options.durationMillis * 1_000_000L;
    Recorder[] recorders = new Recorder[clients];
    long[] measured = new long[clients];
    Exception[] failures = new Exception[clients];
    Thread[] threads = new Thread[clients];
    for (int i = 0; i < clients; i++) {
      int index = i;
      HttpChannel channel = channels.get(i);
      recorders[i] = new Recorder();
      threads[i] =
          new Thread(
              () -> {
                long id = 2;
                try {
                  long now;
                  while ((now = System.nanoTime()) < measureEnd) {
                    Reply reply = channel.call(id);
                    long done = System.nanoTime();
                    watchdog.progress();
                    checkHttp(channel, id, reply);
                    id++;
                    if (now >= measureStart) {
                      recorders[index].record(done - now);
                      measured[index]++;
                    }
                  }
                } catch (Exception e) {
                  failures[index] = e;
                }
              },
              "http-client-" + i);
      threads[i].start();
    }
    Recorder all = new Recorder();
    long total = 0;
    for (int i = 0; i < clients; i++) {
      threads[i].join();
      all.addAll(recorders[i]);
      total += measured[i];
    }
    for (HttpChannel channel : channels) {
      channel.close();
    }
    for (Exception failure : failures) {
      if (failure != null) {
        throw new IOException(clients + " clients: " + failure, failure);
      }
    }
    String key = (modern ? "m" : "c") + clients;
    m.put(key + "_calls_per_s", total / (options.durationMillis / 1000.0));
    m.put(key + "_p50_us", all.quantileMicros(0.50));
    m.put(key + "_p99_us", all.quantileMicros(0.99));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
