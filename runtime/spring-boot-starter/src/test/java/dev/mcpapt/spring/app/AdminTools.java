package dev.mcpapt.spring.app;

import dev.mcpapt.annotations.Tool;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Served only under the {@code admin} profile: profiles decide which tools exist. */
@Component
@Profile("admin")
public class AdminTools {
  /** Reports that the admin tools are on. */
  @Tool
  public String adminStatus() {
    return "admin tools on";
  }
}
