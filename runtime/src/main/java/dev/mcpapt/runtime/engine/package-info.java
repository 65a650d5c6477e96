/**
 * The protocol engine, independent of transports: parses a message once ({@code Inbound}),
 * decides the revision it is served under, dispatches it to the {@code MethodHandler} registered
 * for its method (inline or on a worker, {@code Workers}), and encodes the answer shaped for that
 * revision ({@code Messages}, {@code ContentCodec}, {@code Capabilities}). The lifecycle and tool
 * methods live here; other features register the same way from {@code features}. Internal.
 */
package dev.mcpapt.runtime.engine;
