package dev.mcpapt.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mcpapt.runtime.spi.InvalidArgumentsException;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.FuzzChecks;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Coverage-guided fuzzing of the decoders and validators the processor generated for
 * {@link Inventory} (records, a recursive record, a sealed interface, a bean, java.time and
 * identifier types, arrays, sets, maps, Bean Validation constraints): any JSON as the arguments of
 * any of its tools. A call either runs or is refused with {@link InvalidArgumentsException}
 * whose problems name no internals; nothing else escapes.
 */
class InventoryFuzzTest {
  private static final List<ToolHandler> TOOLS = TaskToolsTest.factory(Inventory.class).create().tools();

  @FuzzTest(maxDuration = "5m")
  void anyArgumentsToAnyTool(FuzzedDataProvider data) throws Exception {
    FuzzChecks.ToolCall call = FuzzChecks.toolCall(data, TOOLS);
    if (call == null) {
      return;
    }
    try {
      assertNotNull(call.tool().call(call.arguments(), new TestContext()).toCompletableFuture().get(10, TimeUnit.SECONDS));
    } catch (InvalidArgumentsException e) {
      FuzzChecks.assertClearRefusal(e, call.text());
    }
  }
}
