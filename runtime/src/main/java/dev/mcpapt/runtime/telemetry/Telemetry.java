package dev.mcpapt.runtime.telemetry;

import dev.mcpapt.runtime.engine.RequestObserver;

/**
 * Chooses how requests are watched. With the OpenTelemetry API on the class path, every request
 * gets a span and is measured ({@code OpenTelemetryObserver}); without it, nothing is done and
 * no OpenTelemetry class is loaded: the class that uses the API is reached only by name, after
 * the API was found.
 */
public final class Telemetry {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.telemetry");
  private static final String API = "io.opentelemetry.api.OpenTelemetry";
  private static final String OBSERVER = "dev.mcpapt.runtime.telemetry.OpenTelemetryObserver";

  private Telemetry() {}

  /** Whether the OpenTelemetry API can be loaded by the runtime's class loader. */
  public static boolean available() {
    try {
      Class.forName(API, false, Telemetry.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * The observer for {@code openTelemetry} (an {@code io.opentelemetry.api.OpenTelemetry}), or,
   * when it is {@code null}, for the global one as it is at each request
   * ({@code GlobalOpenTelemetry}, set by the application or the Java agent); {@link
   * RequestObserver#NONE} without the API.
   */
  public static RequestObserver observer(Object openTelemetry) {
    if (!available()) {
      if (openTelemetry != null) {
        throw new IllegalStateException("an OpenTelemetry instance was given, but the OpenTelemetry API is not on the class path");
      }
      return RequestObserver.NONE;
    }
    try {
      return (RequestObserver) Class.forName(OBSERVER, true, Telemetry.class.getClassLoader())
          .getMethod("create", Object.class).invoke(null, openTelemetry);
    } catch (ReflectiveOperationException | LinkageError e) {
      LOG.log(System.Logger.Level.WARNING, "OpenTelemetry is on the class path but cannot be used; requests are not traced", e);
      return RequestObserver.NONE;
    }
  }
}
