package dev.mcpapt.spring.app;

import org.springframework.stereotype.Component;

/** A plain bean the tool bean depends on. */
@Component
public class Greetings {
  private final String greeting;

  public Greetings(org.springframework.core.env.Environment env) {
    this.greeting = env.getProperty("app.greeting", "Hello");
  }

  public String greet(String name) {
    return greeting + ", " + name;
  }
}
