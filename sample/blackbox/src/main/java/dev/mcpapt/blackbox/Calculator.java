package dev.mcpapt.blackbox;

import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tools the blackbox tests drive through {@code dev.mcpapt.runtime.Main --stdio}. */
public class Calculator {
  private static final Map<String, CountDownLatch> LATCHES = new ConcurrentHashMap<>();

  private static CountDownLatch latch(String key) {
    return LATCHES.computeIfAbsent(key, k -> new CountDownLatch(1));
  }

  /**
   * A sum.
   *
   * @param sum the sum of the operands
   */
  public record Sum(long sum) {}

  /**
   * Adds two integers.
   *
   * @param a the first operand
   * @param b the second operand
   */
  @Tool(title = "Add", readOnlyHint = true)
  public Sum add(long a, long b) {
    return new Sum(a + b);
  }

  /**
   * Divides two integers.
   *
   * @param dividend what is divided
   * @param divisor what it is divided by; not zero
   */
  @Tool(readOnlyHint = true)
  public long divide(long dividend, long divisor) {
    if (divisor == 0) {
      throw new ToolException("Cannot divide " + dividend + " by zero");
    }
    return dividend / divisor;
  }

  /**
   * Fails with an unexpected exception.
   *
   * @param reason the exception's message
   */
  @Tool
  public String explode(String reason) {
    throw new IllegalStateException(reason);
  }

  /**
   * Greets someone.
   *
   * @param name who to greet
   */
  @Tool
  public static String greet(String name) {
    return "Hello, " + name + "!";
  }

  /**
   * Works for a while, reporting progress; stops when cancelled.
   *
   * @param key names this call for {@link #wasInterrupted}
   * @param millis how long to work
   * @param context the call's context
   */
  @Tool
  public String work(String key, long millis, McpContext context) throws InterruptedException {
    context.progress(0, (double) millis, "started");
    latch("started:" + key).countDown();
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      latch("interrupted:" + key).countDown();
      throw e;
    }
    context.progress(millis, (double) millis, "finished");
    return "worked " + millis + " ms";
  }

  /**
   * Whether the work call with this key started (waits up to ten seconds).
   *
   * @param key the call's key
   */
  @Tool
  public boolean workStarted(String key) throws InterruptedException {
    return latch("started:" + key).await(10, TimeUnit.SECONDS);
  }

  /**
   * Whether the work call with this key was interrupted by a cancellation (waits up to ten seconds).
   *
   * @param key the call's key
   */
  @Tool
  public boolean wasInterrupted(String key) throws InterruptedException {
    return latch("interrupted:" + key).await(10, TimeUnit.SECONDS);
  }

  /**
   * Blocks until {@link #signal} is called with the same key.
   *
   * @param key the rendezvous
   */
  @Tool
  public String await(String key) throws InterruptedException {
    if (!latch("signal:" + key).await(30, TimeUnit.SECONDS)) {
      throw new ToolException("No signal for " + key);
    }
    return "released " + key;
  }

  /**
   * Releases the {@link #await} calls with this key.
   *
   * @param key the rendezvous
   */
  @Tool
  public String signal(String key) {
    latch("signal:" + key).countDown();
    return "signalled " + key;
  }
}
