package dev.mcpapt.spring.app;

import dev.mcpapt.annotations.Tool;

/** Has tools but is no bean: the starter serves beans only. */
public class NotABean {
  /** Never served. */
  @Tool
  public String hidden() {
    return "hidden";
  }
}
