package good.enums;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;
import java.util.List;

/** Enums with Jackson names, as parameters, results and a default. */
public class Units {
  /** Units of measure. */
  public enum Unit {
    @JsonProperty("metric")
    METRIC,
    @JsonProperty("imperial")
    IMPERIAL
  }

  /** The preferred unit. */
  @Tool
  public Unit preferred() {
    return Unit.METRIC;
  }

  /**
   * Lists units.
   *
   * @param unit a unit
   * @param fallback another unit
   */
  @Tool
  public List<Unit> units(Unit unit, @Param(defaultValue = "\"metric\"") Unit fallback) {
    return List.of(unit, fallback);
  }
}
