package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States the JSON Schema dialect in a tool's schemas: their root gets
 * {@code "$schema": "https://json-schema.org/draft/2020-12/schema"}.
 *
 * <p>On a {@code @Tool} method, or on a class for all its tools. Since MCP 2025-11-25 a schema
 * without {@code $schema} is 2020-12 already, so the processor leaves it out by default; declare
 * it for clients that validate with a library which assumes another draft when none is named.
 * The processor writes 2020-12 only, so {@link #value()} can only be that URI (checked at compile
 * time).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SchemaDialect {
  /** The JSON Schema 2020-12 meta-schema URI, the only dialect the processor writes. */
  String value() default "https://json-schema.org/draft/2020-12/schema";
}
