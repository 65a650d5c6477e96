package dev.mcpapt.processor;

import dev.mcpapt.processor.diag.Diagnostic;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The diagnostics a test method is the negative test of. Coverage is read from the test methods
 * themselves ({@code DiagnosticTest.coveredBy}), so a test cannot be counted without existing,
 * and a removed test takes its diagnostic out of the count.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Covers {
  Diagnostic[] value();
}
