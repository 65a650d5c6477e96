/**
 * The contract between generated code and the runtime: {@code McpComponentFactory} (found by
 * {@code ServiceLoader}), {@code McpComponent} and its handlers, and the helpers the generated
 * decoders and writers call ({@code Decode}, {@code Encode}, {@code Problems}, {@code JsonWriter}).
 * Stable for generated code; rarely used by hand.
 */
package dev.mcpapt.runtime.spi;
