package dev.mcpapt.spring;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code mcpapt.stdio=true}, stdout carries the protocol only: before logging starts and the
 * banner is printed, {@code System.out} goes to stderr (console logs, stray prints) and the web
 * server and banner are turned off. The server writes its messages to the process's real stdout.
 */
public final class StdioEnvironment implements EnvironmentPostProcessor, Ordered {
  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty("mcpapt.stdio", Boolean.class, false)
        || !environment.getProperty("mcpapt.enabled", Boolean.class, true)) {
      return;
    }
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    environment.getPropertySources().addFirst(new MapPropertySource("mcpapt-stdio", Map.of(
        "spring.main.web-application-type", "none",
        "spring.main.banner-mode", "off")));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the configuration files were read
  }
}
