package dev.mcpapt.sample.taskmanager;

import java.util.List;

/**
 * What the task widget gets with every result, in the result's widget-only {@code _meta}: the
 * model never reads it. The processor writes it without reflection and declares it as the
 * result's {@code Meta} in the widget's TypeScript declarations.
 *
 * @param tasks the caller's whole list, fresh, in the order the store keeps it
 */
public record TaskWidgetData(List<Task> tasks) {}
