package dev.mcpapt.spring.app;

import dev.mcpapt.annotations.Tool;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.auth.Principal;
import org.springframework.stereotype.Service;

/** Tools as a Spring bean: its dependency comes through the constructor. */
@Service
public class GreetingTools {
  private final Greetings greetings;
  private int calls;

  public GreetingTools(Greetings greetings) {
    this.greetings = greetings;
  }

  /**
   * Greets someone.
   *
   * @param name who to greet
   */
  @Tool
  public String greet(String name) {
    calls++;
    return greetings.greet(name);
  }

  /** Who is calling, as the transport verified it. */
  @Tool
  public String whoAmI(McpContext context) {
    return context.principal().map(Principal::subject).orElse("anonymous");
  }

  /** This bean's own count of greet calls: the instance Spring made is the one served. */
  public int calls() {
    return calls;
  }
}
