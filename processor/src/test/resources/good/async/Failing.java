package good.async;

import dev.mcpapt.annotations.Tool;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An asynchronous tool without a result that declares a checked exception. */
public class Failing {
  /**
   * Fails with a checked exception, later.
   *
   * @param message the message
   */
  @Tool
  public CompletionStage<Void> fail(String message) throws IOException {
    if (message.isEmpty()) {
      throw new IOException("empty message");
    }
    return CompletableFuture.failedFuture(new IOException(message));
  }
}
