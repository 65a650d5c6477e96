package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decodes one JSON value into a Java value, recording what is wrong in {@link Problems} instead of
 * throwing. The processor generates one per user type (records, beans, enums, sealed types);
 * {@link Decode} holds the ones for JDK types.
 *
 * <p>{@code node} is {@code null} when the value is absent; a decoder then records that it is
 * required. On any problem a decoder returns a placeholder (null, zero) that the caller drops.
 */
@FunctionalInterface
public interface ValueDecoder<T> {
  T decode(JsonNode node, Problems problems);
}
