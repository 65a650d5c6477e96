package dev.mcpapt.runtime.transport.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mcpapt.runtime.health.HealthChecks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

/**
 * The answers of the liveness ({@value HttpOptions#HEALTH_PATH}) and readiness
 * ({@value HttpOptions#READY_PATH}) probes: small JSON bodies, 200 or 503, never cached.
 */
final class Probes {
  private static final JsonFactory JSON = new JsonFactory();

  /** A probe's answer. */
  record Answer(int status, String allow, byte[] body) {}

  private final HealthChecks checks;
  private final BooleanSupplier draining;

  Probes(HttpOptions options, BooleanSupplier draining) {
    this.checks = new HealthChecks(options.healthChecks(), options.healthCheckTimeout());
    this.draining = draining;
  }

  static boolean isProbe(String path) {
    return path.equals(HttpOptions.HEALTH_PATH) || path.equals(HttpOptions.READY_PATH);
  }

  /** The answer to {@code method} on a probe's {@code path}. */
  Answer answer(String method, String path) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return new Answer(405, "GET, HEAD", write(g -> {
        g.writeStringField("status", "error");
        g.writeStringField("reason", "the probes answer GET and HEAD only");
      }));
    }
    if (path.equals(HttpOptions.HEALTH_PATH)) {
      return new Answer(200, null, write(g -> g.writeStringField("status", "alive")));
    }
    if (draining.getAsBoolean()) {
      // No check is run: the answer is the same whatever they find, and stopping should cost nothing.
      return new Answer(503, null, write(g -> {
        g.writeStringField("status", "draining");
        g.writeStringField("reason", "the server is shutting down");
      }));
    }
    HealthChecks.Report report = checks.run();
    return new Answer(report.ready() ? 200 : 503, null, write(g -> {
      g.writeStringField("status", report.ready() ? "ready" : "not ready");
      if (!report.checks().isEmpty()) {
        g.writeArrayFieldStart("checks");
        for (HealthChecks.Result r : report.checks()) {
          g.writeStartObject();
          g.writeStringField("name", r.name());
          g.writeStringField("status", r.up() ? "up" : "down");
          if (!r.reason().isEmpty()) {
            g.writeStringField("reason", r.reason());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
    }));
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] write(Fields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
