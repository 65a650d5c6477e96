/**
 * OpenTelemetry traces and metrics of the requests served, when the application has the
 * OpenTelemetry API on its class path: {@link dev.mcpapt.runtime.telemetry.Telemetry} checks for
 * it before anything of it is loaded, so a server without it pays nothing. Internal.
 */
package dev.mcpapt.runtime.telemetry;
