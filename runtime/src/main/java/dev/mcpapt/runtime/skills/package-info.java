/**
 * Agent skills: loads a component's compiled skills index and serves each skill file as a
 * {@code skill://} resource, checked against its compile-time digest. Internal.
 */
package dev.mcpapt.runtime.skills;
