package good.scalars;

import dev.mcpapt.annotations.Tool;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.UUID;
import support.Nullable;

/** Identifiers, big numbers and boxed scalars. */
public class Ids {
  /** Formats identifiers and numbers. */
  @Tool
  public String ids(
      UUID id, @Nullable URI link, @Nullable BigDecimal amount, @Nullable BigInteger big, @Nullable Character initial,
      @Nullable Short small, @Nullable Byte tiny, @Nullable Float ratio, @Nullable Long boxed) {
    return id + "|" + link + "|" + amount + "|" + big + "|" + initial + "|" + small + "|" + tiny + "|" + ratio + "|" + boxed;
  }
}
