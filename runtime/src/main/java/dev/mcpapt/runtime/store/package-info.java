/**
 * What the nodes of one server share behind a load balancer: the {@code McpStore} SPI (2025-era
 * sessions, the event logs their streams resume from, subscriptions, fan-out of notifications to
 * the node holding a stream, tasks, the {@code requestState} sealing keys, reachability), kept in
 * memory ({@code InMemoryStore}) or in PostgreSQL ({@code PostgresStore}). Public: an application
 * opens a store and gives it to {@code McpServer.builder().store} and {@code HttpOptions.builder().store}.
 */
package dev.mcpapt.runtime.store;
