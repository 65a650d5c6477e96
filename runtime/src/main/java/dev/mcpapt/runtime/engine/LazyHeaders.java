package dev.mcpapt.runtime.engine;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Request headers built on first use: most requests are served without anyone asking for them,
 * so a transport hands over a way to build the map (from headers it already holds immutably)
 * rather than copying every header per request. Unmodifiable; built at most once.
 */
public final class LazyHeaders extends AbstractMap<String, List<String>> {
  private Supplier<Map<String, List<String>>> source;
  private volatile Map<String, List<String>> built;

  /** @param source builds the headers (names in lower case); called at most once */
  public LazyHeaders(Supplier<Map<String, List<String>>> source) {
    this.source = source;
  }

  private Map<String, List<String>> map() {
    Map<String, List<String>> m = built;
    if (m == null) {
      synchronized (this) {
        m = built;
        if (m == null) {
          Map<String, List<String>> copy = new LinkedHashMap<>();
          source.get().forEach((k, v) -> copy.put(k, List.copyOf(v)));
          m = Collections.unmodifiableMap(copy);
          built = m;
          source = null;
        }
      }
    }
    return m;
  }

  @Override
  public Set<Entry<String, List<String>>> entrySet() {
    return map().entrySet();
  }

  @Override
  public List<String> get(Object key) {
    return map().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return map().containsKey(key);
  }

  @Override
  public int size() {
    return map().size();
  }
}
