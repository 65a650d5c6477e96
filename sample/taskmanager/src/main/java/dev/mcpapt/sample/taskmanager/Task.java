package dev.mcpapt.sample.taskmanager;

import java.time.Instant;

/**
 * One task as stored.
 *
 * @param id the task's number; never reused, so a stale id can never hit a newer task
 * @param title what to do
 * @param done whether the task is completed
 * @param createdAt when the task was added
 * @param completedAt when the task was completed, or null while it is open
 */
public record Task(long id, String title, boolean done, Instant createdAt, Instant completedAt) {}
