package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor pagination over a list sorted by a unique key. A cursor names the last key of the page
 * before (base64url of {@code <kind>:<key>}), so it stays valid while items come and go: the next
 * page starts after that key, wherever it is now.
 */
final class Pages {
  private Pages() {}

  /** One page: {@code items[from, to)} and the cursor of the next page, or null. */
  record Page(int from, int to, String nextCursor) {}

  static <T> Page page(RequestContext request, List<T> sorted, Function<T, String> key, String kind, int pageSize)
      throws McpError {
    int from = 0;
    JsonNode cursor = request.params().get("cursor");
    if (cursor != null && !cursor.isNull()) {
      if (!cursor.isTextual()) {
        throw McpError.invalidParams("Invalid params: \"cursor\" must be a string");
      }
      String after = decode(cursor.textValue(), kind);
      int lo = 0;
      int hi = sorted.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (key.apply(sorted.get(mid)).compareTo(after) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      from = lo;
    }
    int to = Math.min(sorted.size(), from + pageSize);
    String next = to < sorted.size() ? encode(key.apply(sorted.get(to - 1)), kind) : null;
    return new Page(from, to, next);
  }

  static String encode(String lastKey, String kind) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((kind + ":" + lastKey).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor, String kind) throws McpError {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (s.startsWith(kind + ":")) {
        return s.substring(kind.length() + 1);
      }
    } catch (IllegalArgumentException e) {
      // not base64
    }
    throw McpError.invalidParams("Invalid params: invalid cursor");
  }
}
