package dev.mcpapt.runtime.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.mcpapt.testing.schema.WireValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * The MCP specification folder whose {@code <revision>/schema.json} files the wire tests validate
 * against: the system property {@code mcpapt.spec}, else {@code <mcpapt.root>/../shared/spec}.
 * If it is missing, tests that need it fail when the environment variable {@code CI} is set and
 * are skipped otherwise.
 */
public final class SpecSchemas {
  private SpecSchemas() {}

  /** The spec folder, or null if it cannot be found. */
  public static Path folder() {
    String spec = System.getProperty("mcpapt.spec");
    Path p;
    if (spec != null && !spec.isBlank()) {
      p = Paths.get(spec);
    } else {
      String root = System.getProperty("mcpapt.root");
      if (root == null) {
        return null;
      }
      p = Paths.get(root).resolve("../shared/spec").normalize();
    }
    return Files.isDirectory(p) ? p : null;
  }

  /** Skips (or, on CI, fails) the calling test if the spec folder is missing. */
  public static Path require() {
    Path p = folder();
    if (p == null) {
      String message = "MCP spec folder not found (set -Dmcpapt.spec=<folder with <revision>/schema.json>;"
          + " default <mcpapt.root>/../shared/spec): schema validation of the wire cannot run";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return p;
  }

  /** The validator of the tasks extension's schema.json (2026-07-28). */
  public static WireValidator tasksExtension() {
    return validator("2026-07-28").tasksExtension();
  }

  /** The validator of one revision's schema.json. */
  public static WireValidator validator(String revision) {
    return WireValidator.of(revision, require());
  }
}
