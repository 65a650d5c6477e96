/**
 * MCP tasks as an application configures them: {@code TaskSettings}, and {@code TaskStore}, the
 * storage SPI, in memory or over JDBC (SQLite, PostgreSQL). The tools declared
 * {@code @Tool(task = ...)} run as tasks through the internal {@code tasks.runner}.
 */
package dev.mcpapt.runtime.tasks;
