package good.time;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Times}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Times_McpFactory implements McpComponentFactory {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Times_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Times.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new Times());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Times.class));
  }

  /**
   * The {@code times} tool: {@link Times#times}.
   */
  private static ToolResult timesTool(Times instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    LocalDate date = Decode.<LocalDate>property(args, "date", problems, Decode::localDate);
    LocalDateTime at = Decode.<LocalDateTime>optionalProperty(args, "at", problems, Decode::localDateTime);
    LocalTime time = Decode.<LocalTime>optionalProperty(args, "time", problems, Decode::localTime);
    OffsetDateTime when = Decode.<OffsetDateTime>optionalProperty(args, "when", problems, Decode::offsetDateTime);
    Instant instant = Decode.<Instant>optionalProperty(args, "instant", problems, Decode::instant);
    Duration duration = Decode.<Duration>optionalProperty(args, "duration", problems, Decode::duration);
    ZonedDateTime zoned = Decode.<ZonedDateTime>optionalProperty(args, "zoned", problems, Decode::zonedDateTime);
    problems.throwIfAny();
    return GeneratedTool.text(instance.times(date, at, time, when, instant, duration, zoned));
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Times_McpFactory.class, "good.time.Times");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Times instance) {
      this.tools = List.of(GeneratedTool.<Times>of(Descriptors.FILE, "times", instance, Times_McpFactory::timesTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Times.class;
    }
  }
}
