package dev.mcpapt.bench.jmh;

import java.util.Arrays;
import java.util.Locale;

/**
 * The processor's compile-time overhead measured robustly on a busy machine: plain javac and javac
 * with the processor alternate on the same sources, pair after pair, so a change in the machine's
 * load hits both alike. Prints the median of each and the median of the per-pair ratios.
 *
 * <pre>java -cp bench-jmh.jar dev.mcpapt.bench.jmh.CompileTimeRatio [tools] [warm-up pairs] [pairs]</pre>
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
      for (int i = -warmup; i < pairs; i++) {
        long t0 = System.nanoTime();
        bench.plainJavac();
        long t1 = System.nanoTime();
        bench.deleteOutput();
        long t2 = System.nanoTime();
        bench.javacWithProcessor();
        long t3 = System.nanoTime();
        bench.deleteOutput();
        if (i >= 0) {
          plain[i] = (t1 - t0) / 1e6;
          processed[i] = (t3 - t2) / 1e6;
          ratio[i] = processed[i] / plain[i];
        }
        System.out.printf(Locale.ROOT, "%s pair %d: plain javac %.0f ms, with the processor %.0f ms%n",
            i < 0 ? "warm-up" : "measured", i < 0 ? i + warmup + 1 : i + 1, (t1 - t0) / 1e6, (t3 - t2) / 1e6);
      }
      System.out.printf(Locale.ROOT,
          "%d tools, %d pairs: plain javac median %.0f ms, with the processor median %.0f ms, ratio (median of pairs) %.2f×%n",
          tools, pairs, median(plain), median(processed), median(ratio));
    } finally {
      bench.tearDown();
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
