/**
 * Readiness: the {@link dev.mcpapt.runtime.health.HealthCheck}s an application registers for
 * what it depends on (a database, a store), and {@link dev.mcpapt.runtime.health.HealthChecks},
 * which runs them for the HTTP server's {@code /readyz} within a bound.
 */
package dev.mcpapt.runtime.health;
