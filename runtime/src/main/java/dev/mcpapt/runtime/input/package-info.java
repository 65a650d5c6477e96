/**
 * Multi round-trip requests of 2026-07-28: the HMAC-sealed {@code requestState} that carries a
 * method's earlier answers between rounds. Internal.
 */
package dev.mcpapt.runtime.input;
