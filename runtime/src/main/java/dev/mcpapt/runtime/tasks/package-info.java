/**
 * MCP tasks: tools declared {@code @Tool(task = ...)} run on a worker as a task, served by
 * {@code tasks/*} on 2025-11-25 and by the tasks extension on 2026-07-28. {@code TaskStore} is
 * the storage SPI, in memory or over JDBC (SQLite, PostgreSQL).
 */
package dev.mcpapt.runtime.tasks;
