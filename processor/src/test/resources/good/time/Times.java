package good.time;

import dev.mcpapt.annotations.Tool;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import support.Nullable;

/** Every java.time type. */
public class Times {
  /** Formats dates and times. */
  @Tool
  public String times(
      LocalDate date,
      @Nullable LocalDateTime at,
      @Nullable LocalTime time,
      @Nullable OffsetDateTime when,
      @Nullable Instant instant,
      @Nullable Duration duration,
      @Nullable ZonedDateTime zoned) {
    return date + "|" + at + "|" + time + "|" + when + "|" + instant + "|" + duration + "|" + zoned;
  }
}
