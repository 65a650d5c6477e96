package dev.mcpapt.runtime.engine;

import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;

/** Registers {@link TestTools} for {@link java.util.ServiceLoader}, as the processor does for annotated classes. */
public final class TestToolsFactory implements McpComponentFactory {
  @Override
  public Class<?> type() {
    return TestTools.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new TestTools();
  }

  @Override
  public McpComponent create(Object instance) {
    if (!(instance instanceof TestTools)) {
      throw new IllegalArgumentException("not a TestTools: " + instance);
    }
    return (TestTools) instance;
  }
}
