package dev.mcpapt.runtime.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads requests run on: virtual threads on JDK 21+, a bounded pool of daemon threads on 17. */
final class Workers {
  private static final AtomicInteger IDS = new AtomicInteger();

  private Workers() {}

  /** A new executor; virtual threads are looked up once, so the hot path uses no reflection. */
  static ExecutorService create() {
    try {
      MethodHandle factory = MethodHandles.publicLookup().findStatic(
          Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));
      return (ExecutorService) factory.invoke();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      // JDK 17: no virtual threads
    } catch (Throwable t) {
      Engine.LOG.log(System.Logger.Level.DEBUG, "Virtual threads unavailable", t);
    }
    int threads = Math.max(16, Runtime.getRuntime().availableProcessors() * 16);
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "mcp-worker-" + IDS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Whether {@code workers} runs each task on a virtual thread. */
  static boolean virtual(ExecutorService workers) {
    return !(workers instanceof ThreadPoolExecutor);
  }
}
