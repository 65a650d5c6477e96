package dev.mcpapt.runtime.tasks.runner;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.tasks.TaskRecord;
import dev.mcpapt.runtime.tasks.TaskStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/** How tasks are written on each wire, and how answers are matched to pending questions. */
final class TaskJson {
  private TaskJson() {}

  /**
   * The fields of a {@code Task}: {@code ttlMs}/{@code pollIntervalMs} in 2026-07-28,
   * {@code ttl}/{@code pollInterval} in 2025-11-25.
   */
  static void writeTask(JsonGenerator g, TaskRecord t, Revision revision) throws IOException {
    boolean modern = revision.isModern();
    g.writeStringField("taskId", t.taskId());
    g.writeStringField("status", t.status().wireName());
    if (t.statusMessage() != null) {
      g.writeStringField("statusMessage", t.statusMessage());
    }
    g.writeStringField("createdAt", t.createdAt().toString());
    g.writeStringField("lastUpdatedAt", t.lastUpdatedAt().toString());
    g.writeFieldName(modern ? "ttlMs" : "ttl");
    if (t.ttlMs() == null) {
      g.writeNull();
    } else {
      g.writeNumber(t.ttlMs());
    }
    g.writeNumberField(modern ? "pollIntervalMs" : "pollInterval", t.pollIntervalMs());
  }

  /** 2026-07-28 {@code DetailedTask}: the result, error or pending questions inlined. */
  static void writeDetails(JsonGenerator g, TaskRecord t) throws IOException {
    switch (t.status()) {
      case COMPLETED -> {
        g.writeFieldName("result");
        g.writeRawValue(t.result());
      }
      case FAILED -> {
        g.writeFieldName("error");
        g.writeRawValue(t.error());
      }
      case INPUT_REQUIRED -> {
        g.writeFieldName("inputRequests");
        g.writeRawValue(t.inputRequests() == null ? "{}" : t.inputRequests());
      }
      default -> {
        // working and cancelled carry nothing more
      }
    }
  }

  static JsonNode parse(String json) {
    try {
      return Json.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object(String json) {
    return json == null ? Json.object() : (ObjectNode) parse(json);
  }

  /**
   * {@code tasks/update}: moves the answers to questions still pending from
   * {@code inputRequests} to {@code inputResponses}; answers to other keys (never asked, already
   * answered) are ignored. When none is pending any more the task is working again.
   */
  static TaskRecord deliver(TaskRecord r, ObjectNode responses, Instant now) {
    if (r.status() != TaskStatus.INPUT_REQUIRED || r.inputRequests() == null) {
      return r;
    }
    ObjectNode pending = object(r.inputRequests());
    ObjectNode answers = object(r.inputResponses());
    boolean changed = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (pending.has(e.getKey())) {
        pending.remove(e.getKey());
        answers.set(e.getKey(), e.getValue());
        changed = true;
      }
    }
    if (!changed) {
      return r;
    }
    return pending.isEmpty()
        ? r.withInputs(TaskStatus.WORKING, null, answers.toString(), now).withMessage(null, now)
        : r.withInputs(TaskStatus.INPUT_REQUIRED, pending.toString(), answers.toString(), now);
  }
}
