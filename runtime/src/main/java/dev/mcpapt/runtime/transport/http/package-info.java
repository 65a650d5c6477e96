/**
 * MCP over HTTP: Streamable HTTP (2026-07-28 stateless and 2025 sessions on one endpoint) and
 * HTTP+SSE (2024-11-05), on embedded Jetty 12 ({@code McpHttpServer}) or as a Jakarta Servlet
 * ({@code McpServlet}). Inside, {@code McpHttpEndpoint} routes each request to the handler of its
 * era; sessions, their event logs and notification delivery each have one class, and
 * {@code SharedSessions} shares sessions with other nodes through a {@code store.McpStore}.
 */
package dev.mcpapt.runtime.transport.http;
