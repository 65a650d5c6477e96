package dev.mcpapt.runtime.engine;

import java.util.List;

/**
 * The MCP protocol revisions this runtime serves, oldest first.
 *
 * <p>The legacy revisions (up to {@link #V2025_11_25}) open a session with the {@code initialize}
 * handshake; the modern revision {@link #V2026_07_28} is stateless: every request names its
 * revision in {@code _meta["io.modelcontextprotocol/protocolVersion"]}.
 */
public enum Revision {
  V2024_11_05("2024-11-05"),
  V2025_03_26("2025-03-26"),
  V2025_06_18("2025-06-18"),
  V2025_11_25("2025-11-25"),
  V2026_07_28("2026-07-28");

  private static final Revision[] VALUES = values();

  /** The wire names of every revision, newest first. */
  public static final List<String> SUPPORTED = List.of(
      "2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05");

  /**
   * The revisions a request may name in its {@code _meta} without a handshake: what
   * {@code server/discover} and {@code -32022} list. The older ones are served too, but only
   * after {@code initialize}; a client that retried one of them per request would be refused
   * again, so they are not offered there.
   */
  public static final List<String> STATELESS = List.of("2026-07-28");

  private final String wire;

  Revision(String wire) {
    this.wire = wire;
  }

  /** The revision's wire name, e.g. {@code "2025-06-18"}. */
  public String wireName() {
    return wire;
  }

  /** The revision with this wire name, or {@code null}. */
  public static Revision of(String wireName) {
    if (wireName == null) {
      return null;
    }
    for (Revision r : VALUES) {
      if (r.wire.equals(wireName)) {
        return r;
      }
    }
    return null;
  }

  /** The newest revision that uses the {@code initialize} handshake. */
  public static Revision latestLegacy() {
    return V2025_11_25;
  }

  /** The newest revision. */
  public static Revision latest() {
    return V2026_07_28;
  }

  /** Stateless revision: no handshake, per-request {@code _meta}, {@code resultType} on results. */
  public boolean isModern() {
    return this == V2026_07_28;
  }

  /** Whether this revision is at least {@code other}. */
  public boolean atLeast(Revision other) {
    return compareTo(other) >= 0;
  }

  /** JSON-RPC batches (arrays of messages) exist only in 2025-03-26. */
  public boolean allowsBatches() {
    return this == V2025_03_26;
  }

  /** {@code ToolAnnotations} on tools (2025-03-26 and later). */
  public boolean hasToolAnnotations() {
    return atLeast(V2025_03_26);
  }

  /** {@code title}, {@code outputSchema}, {@code structuredContent}, {@code _meta} on tools (2025-06-18 and later). */
  public boolean hasStructuredContent() {
    return atLeast(V2025_06_18);
  }

  /** Audio content blocks (2025-03-26 and later). */
  public boolean hasAudio() {
    return atLeast(V2025_03_26);
  }

  /** Resource link content blocks (2025-06-18 and later). */
  public boolean hasResourceLinks() {
    return atLeast(V2025_06_18);
  }

  /** The {@code message} field of progress notifications (2025-03-26 and later). */
  public boolean hasProgressMessage() {
    return atLeast(V2025_03_26);
  }

  /** Icons on tools, prompts, resources and implementations (2025-11-25 and later). */
  public boolean hasIcons() {
    return atLeast(V2025_11_25);
  }

  @Override
  public String toString() {
    return wire;
  }
}
