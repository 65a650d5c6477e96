package dev.mcpapt.it;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import java.util.ArrayList;
import java.util.List;

/** A context that records what tools report. */
final class TestContext implements McpContext {
  final List<String> events = new ArrayList<>();

  @Override
  public String protocolVersion() {
    return "2025-11-25";
  }

  @Override
  public ObjectNode requestMeta() {
    return JsonNodeFactory.instance.objectNode();
  }

  @Override
  public boolean isCancelled() {
    return false;
  }

  @Override
  public void progress(double progress, Double total, String message) {
    events.add("progress " + progress + "/" + total + " " + message);
  }

  @Override
  public void log(LogLevel level, String message) {
    events.add(level.wireName() + " " + message);
  }
}
