package dev.mcpapt.it;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A class with more tools than one generated switch holds (the processor splits its switch past 24
 * cases), some answering later and some declared non-blocking, so that every tool's call is checked
 * to reach its own method. Each tool returns its own number plus its argument.
 */
public class ManyTools {
  /**
   * Tool 0.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool0(@Param(defaultValue = "0") int X) {
    return 0 + X;
  }

  /**
   * Tool 1.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool1(@Param(defaultValue = "0") int X) {
    return 1 + X;
  }

  /**
   * Tool 2.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool2(@Param(defaultValue = "0") int X) {
    return 2 + X;
  }

  /**
   * Tool 3, which never blocks.
   *
   * @param x added to the tool's number
   */
  @Tool(nonBlocking = true)
  public int quick3(int x) {
    return 3 + x;
  }

  /**
   * Tool 4.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool4(@Param(defaultValue = "0") int X) {
    return 4 + X;
  }

  /**
   * Tool 5.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool5(@Param(defaultValue = "0") int X) {
    return 5 + X;
  }

  /**
   * Tool 6.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool6(@Param(defaultValue = "0") int X) {
    return 6 + X;
  }

  /**
   * Tool 7, answering later.
   *
   * @param x added to the tool's number
   */
  @Tool
  public CompletionStage<Integer> later7(int x) {
    return CompletableFuture.completedFuture(7 + x);
  }

  /**
   * Tool 8.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool8(@Param(defaultValue = "0") int X) {
    return 8 + X;
  }

  /**
   * Tool 9.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool9(@Param(defaultValue = "0") int X) {
    return 9 + X;
  }

  /**
   * Tool 10.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool10(@Param(defaultValue = "0") int X) {
    return 10 + X;
  }

  /**
   * Tool 11.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool11(@Param(defaultValue = "0") int X) {
    return 11 + X;
  }

  /**
   * Tool 12.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool12(@Param(defaultValue = "0") int X) {
    return 12 + X;
  }

  /**
   * Tool 13, which never blocks.
   *
   * @param x added to the tool's number
   */
  @Tool(nonBlocking = true)
  public int quick13(int x) {
    return 13 + x;
  }

  /**
   * Tool 14.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool14(@Param(defaultValue = "0") int X) {
    return 14 + X;
  }

  /**
   * Tool 15.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool15(@Param(defaultValue = "0") int X) {
    return 15 + X;
  }

  /**
   * Tool 16.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool16(@Param(defaultValue = "0") int X) {
    return 16 + X;
  }

  /**
   * Tool 17, answering later.
   *
   * @param x added to the tool's number
   */
  @Tool
  public CompletionStage<Integer> later17(int x) {
    return CompletableFuture.completedFuture(17 + x);
  }

  /**
   * Tool 18.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool18(@Param(defaultValue = "0") int X) {
    return 18 + X;
  }

  /**
   * Tool 19.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool19(@Param(defaultValue = "0") int X) {
    return 19 + X;
  }

  /**
   * Tool 20.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool20(@Param(defaultValue = "0") int X) {
    return 20 + X;
  }

  /**
   * Tool 21.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool21(@Param(defaultValue = "0") int X) {
    return 21 + X;
  }

  /**
   * Tool 22.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool22(@Param(defaultValue = "0") int X) {
    return 22 + X;
  }

  /**
   * Tool 23, which never blocks.
   *
   * @param x added to the tool's number
   */
  @Tool(nonBlocking = true)
  public int quick23(int x) {
    return 23 + x;
  }

  /**
   * Tool 24.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool24(@Param(defaultValue = "0") int X) {
    return 24 + X;
  }

  /**
   * Tool 25.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool25(@Param(defaultValue = "0") int X) {
    return 25 + X;
  }

  /**
   * Tool 26.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool26(@Param(defaultValue = "0") int X) {
    return 26 + X;
  }

  /**
   * Tool 27, answering later.
   *
   * @param x added to the tool's number
   */
  @Tool
  public CompletionStage<Integer> later27(int x) {
    return CompletableFuture.completedFuture(27 + x);
  }

  /**
   * Tool 28.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool28(@Param(defaultValue = "0") int X) {
    return 28 + X;
  }

  /**
   * Tool 29.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool29(@Param(defaultValue = "0") int X) {
    return 29 + X;
  }

  /**
   * Tool 30.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool30(@Param(defaultValue = "0") int X) {
    return 30 + X;
  }

  /**
   * Tool 31.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool31(@Param(defaultValue = "0") int X) {
    return 31 + X;
  }

  /**
   * Tool 32.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool32(@Param(defaultValue = "0") int X) {
    return 32 + X;
  }

  /**
   * Tool 33, which never blocks.
   *
   * @param x added to the tool's number
   */
  @Tool(nonBlocking = true)
  public int quick33(int x) {
    return 33 + x;
  }

  /**
   * Tool 34.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool34(@Param(defaultValue = "0") int X) {
    return 34 + X;
  }

  /**
   * Tool 35.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool35(@Param(defaultValue = "0") int X) {
    return 35 + X;
  }

  /**
   * Tool 36.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool36(@Param(defaultValue = "0") int X) {
    return 36 + X;
  }

  /**
   * Tool 37, answering later.
   *
   * @param x added to the tool's number
   */
  @Tool
  public CompletionStage<Integer> later37(int x) {
    return CompletableFuture.completedFuture(37 + x);
  }

  /**
   * Tool 38.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool38(@Param(defaultValue = "0") int X) {
    return 38 + X;
  }

  /**
   * Tool 39.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool39(@Param(defaultValue = "0") int X) {
    return 39 + X;
  }

  /**
   * Tool 40.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool40(@Param(defaultValue = "0") int X) {
    return 40 + X;
  }

  /**
   * Tool 41.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool41(@Param(defaultValue = "0") int X) {
    return 41 + X;
  }

  /**
   * Tool 42.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool42(@Param(defaultValue = "0") int X) {
    return 42 + X;
  }

  /**
   * Tool 43, which never blocks.
   *
   * @param x added to the tool's number
   */
  @Tool(nonBlocking = true)
  public int quick43(int x) {
    return 43 + x;
  }

  /**
   * Tool 44.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool44(@Param(defaultValue = "0") int X) {
    return 44 + X;
  }

  /**
   * Tool 45.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool45(@Param(defaultValue = "0") int X) {
    return 45 + X;
  }

  /**
   * Tool 46.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool46(@Param(defaultValue = "0") int X) {
    return 46 + X;
  }

  /**
   * Tool 47, answering later.
   *
   * @param x added to the tool's number
   */
  @Tool
  public CompletionStage<Integer> later47(int x) {
    return CompletableFuture.completedFuture(47 + x);
  }

  /**
   * Tool 48.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool48(@Param(defaultValue = "0") int X) {
    return 48 + X;
  }

  /**
   * Tool 49.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool49(@Param(defaultValue = "0") int X) {
    return 49 + X;
  }

  /**
   * Tool 50.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool50(@Param(defaultValue = "0") int X) {
    return 50 + X;
  }

  /**
   * Tool 51.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool51(@Param(defaultValue = "0") int X) {
    return 51 + X;
  }

  /**
   * Tool 52.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool52(@Param(defaultValue = "0") int X) {
    return 52 + X;
  }

  /**
   * Tool 53, which never blocks.
   *
   * @param x added to the tool's number
   */
  @Tool(nonBlocking = true)
  public int quick53(int x) {
    return 53 + x;
  }

  /**
   * Tool 54.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool54(@Param(defaultValue = "0") int X) {
    return 54 + X;
  }

  /**
   * Tool 55.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool55(@Param(defaultValue = "0") int X) {
    return 55 + X;
  }

  /**
   * Tool 56.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool56(@Param(defaultValue = "0") int X) {
    return 56 + X;
  }

  /**
   * Tool 57, answering later.
   *
   * @param x added to the tool's number
   */
  @Tool
  public CompletionStage<Integer> later57(int x) {
    return CompletableFuture.completedFuture(57 + x);
  }

  /**
   * Tool 58.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool58(@Param(defaultValue = "0") int X) {
    return 58 + X;
  }

  /**
   * Tool 59.
   *
   * @param X added to the tool's number (a name in capitals, which the generated local must not
   *     take from the factory's constants)
   */
  @Tool
  public int tool59(@Param(defaultValue = "0") int X) {
    return 59 + X;
  }

}
