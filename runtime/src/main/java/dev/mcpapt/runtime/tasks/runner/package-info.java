/**
 * The server side of MCP tasks (internal, not exported): {@code Tasks} wraps {@code tools/call} for
 * tools declared {@code @Tool(task = ...)}, runs them on a worker with a task's {@code McpContext},
 * and serves {@code tasks/*} on 2025-11-25 and the tasks extension on 2026-07-28, over the
 * {@code TaskStore} of the parent package.
 */
package dev.mcpapt.runtime.tasks.runner;
