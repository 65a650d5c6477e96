package good.sealed;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.mcpapt.annotations.Tool;

/** A sealed interface of records: oneOf with a discriminator. */
public class Shapes {
  /** A shape: a circle or a square. */
  public sealed interface Shape permits Circle, Square {}

  /**
   * A circle.
   *
   * @param radius its radius
   */
  public record Circle(double radius) implements Shape {}

  /**
   * A square.
   *
   * @param side its side
   */
  @JsonTypeName("square")
  public record Square(double side) implements Shape {}

  /**
   * Returns the shape it is given.
   *
   * @param shape a circle or a square
   */
  @Tool
  public Shape shape(Shape shape) {
    return shape;
  }
}
