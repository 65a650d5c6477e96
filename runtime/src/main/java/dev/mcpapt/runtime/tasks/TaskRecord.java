package dev.mcpapt.runtime.tasks;

import java.time.Instant;
import java.util.Objects;

/**
 * One task as a {@link TaskStore} keeps it. Immutable: every change makes a new record.
 *
 * @param taskId the unguessable id the client polls with
 * @param owner who created it ({@code issuer + " " + subject} of the principal), or {@code null}
 *     when the caller was not signed in; only the same owner may see it
 * @param tool the tool it runs
 * @param revision the protocol revision it was created under ({@code "2025-11-25"}, ...): results
 *     are encoded for it
 * @param status its status
 * @param statusMessage a short text for the user, or {@code null}
 * @param createdAt when it was created
 * @param lastUpdatedAt when its status or message last changed
 * @param ttlMs how long after {@code createdAt} it is kept, or {@code null} for no limit
 * @param pollIntervalMs how often clients should poll
 * @param result the final {@code CallToolResult} JSON once completed, else {@code null}
 * @param error the JSON-RPC error JSON once failed, else {@code null}
 * @param inputRequests the questions waiting for the client (an {@code inputRequests} JSON
 *     object) while {@code input_required}, else {@code null}
 * @param inputResponses answers the client gave that the running method has not taken yet (a
 *     JSON object by key), or {@code null}
 * @param runner the node running it
 * @param heartbeatAt when that node last said it is still running it
 */
public record TaskRecord(
    String taskId,
    String owner,
    String tool,
    String revision,
    TaskStatus status,
    String statusMessage,
    Instant createdAt,
    Instant lastUpdatedAt,
    Long ttlMs,
    long pollIntervalMs,
    String result,
    String error,
    String inputRequests,
    String inputResponses,
    String runner,
    Instant heartbeatAt) {

  public TaskRecord {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
  }

  /** When it may be removed, or {@code null} if never. */
  public Instant expiresAt() {
    return ttlMs == null ? null : createdAt.plusMillis(ttlMs);
  }

  public boolean isExpired(Instant now) {
    Instant e = expiresAt();
    return e != null && !now.isBefore(e);
  }

  /** The same task with a new status and message, updated at {@code now}. */
  public TaskRecord withStatus(TaskStatus s, String message, Instant now) {
    return new TaskRecord(taskId, owner, tool, revision, s, message, createdAt, now, ttlMs, pollIntervalMs,
        result, error, s == TaskStatus.INPUT_REQUIRED ? inputRequests : null, inputResponses, runner, heartbeatAt);
  }

  public TaskRecord completed(String resultJson, String message, Instant now) {
    return new TaskRecord(taskId, owner, tool, revision, TaskStatus.COMPLETED, message, createdAt, now, ttlMs,
        pollIntervalMs, resultJson, null, null, null, runner, heartbeatAt);
  }

  public TaskRecord failed(String errorJson, String message, Instant now) {
    return new TaskRecord(taskId, owner, tool, revision, TaskStatus.FAILED, message, createdAt, now, ttlMs,
        pollIntervalMs, null, errorJson, null, null, runner, heartbeatAt);
  }

  public TaskRecord cancelled(String message, Instant now) {
    return new TaskRecord(taskId, owner, tool, revision, TaskStatus.CANCELLED, message, createdAt, now, ttlMs,
        pollIntervalMs, null, null, null, null, runner, heartbeatAt);
  }

  /** Waiting for the client to answer {@code requests} (an {@code inputRequests} JSON object). */
  public TaskRecord awaitingInput(String requests, String message, Instant now) {
    return new TaskRecord(taskId, owner, tool, revision, TaskStatus.INPUT_REQUIRED, message, createdAt, now, ttlMs,
        pollIntervalMs, null, null, requests, inputResponses, runner, heartbeatAt);
  }

  /** The same task with other pending questions and answers (status unchanged unless given). */
  public TaskRecord withInputs(TaskStatus s, String requests, String responses, Instant now) {
    return new TaskRecord(taskId, owner, tool, revision, s, statusMessage, createdAt, now, ttlMs, pollIntervalMs,
        result, error, requests, responses, runner, heartbeatAt);
  }

  public TaskRecord withMessage(String message, Instant now) {
    return new TaskRecord(taskId, owner, tool, revision, status, message, createdAt, now, ttlMs, pollIntervalMs,
        result, error, inputRequests, inputResponses, runner, heartbeatAt);
  }

  public TaskRecord withHeartbeat(Instant now) {
    return new TaskRecord(taskId, owner, tool, revision, status, statusMessage, createdAt, lastUpdatedAt, ttlMs,
        pollIntervalMs, result, error, inputRequests, inputResponses, runner, now);
  }
}
