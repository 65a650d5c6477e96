package dev.mcpapt.runtime.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes a value as JSON. The processor generates one per type a tool returns: no reflection. */
@FunctionalInterface
public interface JsonWriter<T> {
  void write(JsonGenerator generator, T value) throws IOException;
}
