package good.time;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.Decoders;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.GeneratedComponent;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
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
    return newComponent(new Times());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Times.class));
  }

  /**
   * The descriptor file of {@link Times}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Times_McpFactory.class, "good.time.Times", "1d9abf17");
  }

  /**
   * The handlers of {@link Times}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Times instance) {
    return GeneratedComponent.builder(Times.class)
        .tools(GeneratedTool.<Times>list(descriptors(), instance, Times_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Times instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // times
        LocalDate date = Decode.<LocalDate>property(args, "date", problems, Decoders.LOCAL_DATE);
        LocalDateTime at = Decode.<LocalDateTime>optionalProperty(args, "at", problems, Decoders.LOCAL_DATE_TIME);
        LocalTime time = Decode.<LocalTime>optionalProperty(args, "time", problems, Decoders.LOCAL_TIME);
        OffsetDateTime when = Decode.<OffsetDateTime>optionalProperty(args, "when", problems, Decoders.OFFSET_DATE_TIME);
        Instant instant = Decode.<Instant>optionalProperty(args, "instant", problems, Decoders.INSTANT);
        Duration duration = Decode.<Duration>optionalProperty(args, "duration", problems, Decoders.DURATION);
        ZonedDateTime zoned = Decode.<ZonedDateTime>optionalProperty(args, "zoned", problems, Decoders.ZONED_DATE_TIME);
        problems.throwIfAny();
        return GeneratedTool.text(instance.times(date, at, time, when, instant, duration, zoned));
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }
}
