package dev.mcpapt.blackbox;

import dev.mcpapt.annotations.Security;
import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.McpContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Per-user notes behind OAuth scopes, for the authorization tests: {@code Main --http} with
 * {@code --oauth-issuer} enforces the scopes; without it they are only advertised.
 */
public class Notes {
  private static final Map<String, List<String>> NOTES = new ConcurrentHashMap<>();

  private static String user(McpContext context) {
    return context.principal().map(p -> p.subject()).orElse("local");
  }

  /** Says who the caller is, as the server verified it. */
  @Tool(readOnlyHint = true)
  @Security(scopes = "notes.read")
  public String whoami(McpContext context) {
    return context.principal().map(p -> p.subject() + " " + String.join(" ", p.scopes())).orElse("nobody");
  }

  /**
   * Keeps a note for the caller.
   *
   * @param text the note
   */
  @Tool
  @Security(scopes = "notes.write")
  public int writeNote(String text, McpContext context) {
    List<String> mine = NOTES.computeIfAbsent(user(context), k -> new CopyOnWriteArrayList<>());
    mine.add(text);
    return mine.size();
  }

  /** The caller's notes. */
  @Tool(readOnlyHint = true)
  @Security(scopes = "notes.read")
  public List<String> readNotes(McpContext context) {
    return NOTES.getOrDefault(user(context), List.of());
  }
}
