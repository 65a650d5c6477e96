package dev.mcpapt.bench.jmh;

import java.util.Arrays;
import java.util.Locale;

/**
 * The processor's compile-time overhead measured robustly on a busy machine: plain javac and javac
 * with the processor alternate on the same sources, pair after pair, so a change in the machine's
 * load hits both alike. Prints the median of each and the median of the per-pair ratios.
 *
 * <pre>java -cp bench-jmh.jar dev.mcpapt.bench.jmh.CompileTimeRatio [tools] [warm-up pairs] [pairs] [split|cold|replay]</pre>
 *
 * <p>With {@code split}, each round also times the processor without compiling ({@code -proc:only})
 * and plain javac on the input with the generated sources beside it, so the overhead can be split
 * into the processor's run and the compilation of what it generated. With {@code cold}, each
 * compilation is a new {@code javac} process instead, as in a build that starts a fresh JVM. With
 * {@code replay}, each round also times javac with {@link ReplayProcessor}, a processor with no work
 * of its own that writes the same files as the mcp-apt processor, and one that writes an empty
 * class per annotated class: the floor under the generated code and under any source-generating
 * processor.
 *
 * ({@link ProcessorBenchmark} measures the same with JMH, one configuration after the other.)
 */
public final class CompileTimeRatio {
  private CompileTimeRatio() {}

  public static void main(String[] args) throws Exception {
    int tools = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    ProcessorBenchmark bench = new ProcessorBenchmark();
    bench.tools = tools;
    bench.setUp();
    try {
      double[] plain = new double[pairs];
      double[] processed = new double[pairs];
      double[] ratio = new double[pairs];
      boolean split = args.length > 3 && args[3].equals("split");
      boolean cold = args.length > 3 && args[3].equals("cold");
      boolean replay = args.length > 3 && args[3].equals("replay");
      double[] replayed = new double[pairs];
      double[] emptyClasses = new double[pairs];
      double[] processorOnly = new double[pairs];
      double[] generatedCode = new double[pairs];
      for (int i = -warmup; i < pairs; i++) {
        double plainMs = timed(bench, cold ? () -> bench.coldJavac(false) : bench::plainJavac);
        double processedMs = timed(bench, cold ? () -> bench.coldJavac(true) : bench::javacWithProcessor);
        if (i >= 0) {
          plain[i] = plainMs;
          processed[i] = processedMs;
          ratio[i] = processedMs / plainMs;
        }
        System.out.printf(Locale.ROOT, "%s pair %d: plain javac %.0f ms, with the processor %.0f ms%n",
            i < 0 ? "warm-up" : "measured", i < 0 ? i + warmup + 1 : i + 1, plainMs, processedMs);
        if (replay) {
          double replayedMs = timed(bench, () -> bench.replayed(false));
          double emptyMs = timed(bench, () -> bench.replayed(true));
          if (i >= 0) {
            replayed[i] = replayedMs / plainMs;
            emptyClasses[i] = emptyMs / plainMs;
          }
        }
        if (split) {
          double processorOnlyMs = timed(bench, bench::processorOnly);
          double generatedCodeMs = timed(bench, bench::inputAndGeneratedCode);
          if (i >= 0) {
            processorOnly[i] = processorOnlyMs;
            generatedCode[i] = generatedCodeMs;
          }
        }
      }
      System.out.printf(Locale.ROOT,
          "%d tools, %d pairs: plain javac median %.0f ms, with the processor median %.0f ms, ratio (median of pairs) %.2f×%n",
          tools, pairs, median(plain), median(processed), median(ratio));
      if (replay) {
        System.out.printf(Locale.ROOT,
            "replay (median of ratios to the pair's plain javac): the same files written by a processor with no work of"
                + " its own %.2f×; an empty class per annotated class %.2f×%n", median(replayed), median(emptyClasses));
      }
      if (split) {
        System.out.printf(Locale.ROOT,
            "split: the processor without compiling (-proc:only) median %.0f ms; plain javac on the input and the"
                + " generated sources median %.0f ms%n", median(processorOnly), median(generatedCode));
      }
    } finally {
      bench.tearDown();
    }
  }

  /** One compilation's time in milliseconds; its output is deleted afterwards, outside the time. */
  private static double timed(ProcessorBenchmark bench, Compilation compilation) throws Exception {
    long start = System.nanoTime();
    compilation.run();
    long end = System.nanoTime();
    bench.deleteOutput();
    return (end - start) / 1e6;
  }

  @FunctionalInterface
  private interface Compilation {
    Object run() throws Exception;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
