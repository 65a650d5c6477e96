package dev.mcpapt.runtime.spi;

import java.util.List;

/** The generated handlers of one annotated class, bound to one instance of it. */
public interface McpComponent {
  /** The annotated class. */
  Class<?> type();

  /** Its tools, in declaration order. */
  List<ToolHandler> tools();
}
