/**
 * The public API of the runtime: {@link dev.mcpapt.runtime.Main} (the launcher),
 * {@link dev.mcpapt.runtime.McpServer} and its builder, {@link dev.mcpapt.runtime.McpContext}
 * (what a method may use of its request), and the values methods return or pass ({@code ToolResult},
 * {@code Content}, resource and prompt results, the client inputs). Everything a user's code needs
 * is here, in {@code annotations}, {@code spi} (what generated code calls), {@code widget},
 * {@code auth} and the transports; the other packages are internal.
 */
package dev.mcpapt.runtime;
