package dev.mcpapt.sample.spring;

/**
 * One task.
 *
 * @param id the task's number
 * @param title what to do
 * @param done whether it is completed
 */
public record Task(long id, String title, boolean done) {}
