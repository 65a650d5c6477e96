package dev.mcpapt.it;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Every type mapping, used by real tools. */
public class Inventory {
  /**
   * A point on a grid.
   *
   * @param x the column
   * @param y the row
   */
  public record Point(int x, int y) {
    public Point {
      if (x == Integer.MIN_VALUE || y == Integer.MIN_VALUE) {
        throw new IllegalArgumentException("coordinates must be greater than " + Integer.MIN_VALUE);
      }
    }
  }

  /**
   * A segment between two points (Point is used twice, so it goes to $defs).
   *
   * @param from where it starts
   * @param to where it ends
   */
  public record Line(Point from, Point to) {}

  /**
   * A tree (recursive).
   *
   * @param name the node's label
   * @param children its subtrees
   */
  public record Node(String name, List<Node> children) {}

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

  /** Units of measure. */
  public enum Unit {
    @JsonProperty("metric")
    METRIC,
    @JsonProperty("imperial")
    IMPERIAL
  }

  /**
   * A sign-up form, with Bean Validation constraints on its components.
   *
   * @param name who signs up
   * @param age at least 18
   * @param email where to write, if anywhere
   */
  public record Signup(@NotBlank String name, @Min(18) int age, @Nullable @Email String email) {}

  /**
   * More constraints, on record components.
   *
   * @param ratio strictly between 0 and 1
   * @param delta zero or less
   * @param labels at least one entry
   * @param code two or three characters
   */
  public record Limits(
      @jakarta.validation.constraints.DecimalMin(value = "0", inclusive = false)
          @jakarta.validation.constraints.DecimalMax(value = "1", inclusive = false) double ratio,
      @jakarta.validation.constraints.NegativeOrZero long delta,
      @jakarta.validation.constraints.NotEmpty Map<String, String> labels,
      @Size(min = 2, max = 3) String code) {}

  /** A stock item, as a Jackson-style bean. */
  public static class Item {
    private String sku;

    /** How many are in stock. */
    @Min(0)
    private int quantity;

    /** Price of one unit. */
    @JsonProperty("unit_price")
    public BigDecimal unitPrice;

    public Item() {}

    @JsonPropertyDescription("stock keeping unit")
    @JsonProperty(required = true)
    public String getSku() {
      return sku;
    }

    public void setSku(String sku) {
      this.sku = sku;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }
  }

  /**
   * Returns the line it is given.
   *
   * @param line the line to draw
   */
  @Tool(readOnlyHint = true)
  public Line draw(Line line) {
    return line;
  }

  /**
   * Counts the nodes of a tree.
   *
   * @param root the tree
   */
  @Tool
  public Node tree(Node root) {
    return root;
  }

  /**
   * Returns the shape it is given.
   *
   * @param shape a circle or a square
   */
  @Tool
  public Shape shape(Shape shape) {
    return shape;
  }

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

  /** Formats identifiers and numbers. */
  @Tool
  public String ids(
      UUID id, @Nullable URI link, @Nullable BigDecimal amount, @Nullable BigInteger big, @Nullable Character initial,
      @Nullable Short small, @Nullable Byte tiny, @Nullable Float ratio, @Nullable Long boxed) {
    return id + "|" + link + "|" + amount + "|" + big + "|" + initial + "|" + small + "|" + tiny + "|" + ratio + "|" + boxed;
  }

  /**
   * Counts things in containers.
   *
   * @param names distinct names
   * @param numbers some numbers
   * @param words some words
   * @param groups points by group
   */
  @Tool
  public Map<String, Integer> counts(Set<String> names, int[] numbers, String[] words, Map<String, List<Point>> groups) {
    Map<String, Integer> out = new LinkedHashMap<>();
    out.put("names", names.size());
    out.put("sum", Arrays.stream(numbers).sum());
    out.put("words", words.length);
    out.put("points", groups.values().stream().mapToInt(List::size).sum());
    return out;
  }

  /**
   * Doubles an item's quantity.
   *
   * @param item the item
   */
  @Tool
  public Item restock(Item item) {
    item.setQuantity(item.getQuantity() * 2);
    return item;
  }

  /**
   * Checks Bean Validation constraints.
   *
   * @param title a title
   * @param tags two to five tags
   * @param rating from 1 to 10
   * @param slug lower-case letters
   * @param email where to write
   * @param price more than zero
   * @param note anything, or null
   */
  @Tool
  public String validated(
      @NotBlank String title,
      @Size(min = 2, max = 5) List<@NotBlank String> tags,
      @Min(1) @Max(10) int rating,
      @Pattern(regexp = "[a-z]+") String slug,
      @Email String email,
      @Positive BigDecimal price,
      @Nullable String note) {
    return "ok";
  }

  /**
   * Scores a round: sizes of Java arrays, primitive or not, are checked like those of lists.
   *
   * @param scores one to three scores
   * @param codes at least one code
   */
  @Tool
  public String scoreRound(int @Size(min = 1, max = 3) [] scores, String @NotEmpty [] codes) {
    return scores.length + "/" + codes.length;
  }

  /**
   * Signs someone up.
   *
   * @param signup the form
   */
  @Tool
  public String signup(Signup signup) {
    return "Welcome, " + signup.name();
  }

  /**
   * Counts distinct values.
   *
   * @param values the values, each once
   */
  @Tool
  public int distinct(Set<Double> values) {
    return values.size();
  }

  /**
   * Echoes words, some of which may be null.
   *
   * @param words the words
   */
  @Tool
  public List<@Nullable String> echo(List<@Nullable String> words) {
    return words;
  }

  /**
   * Checks limits.
   *
   * @param limits the limits
   */
  @Tool
  public String limits(Limits limits) {
    return "ok";
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

  /**
   * Echoes any JSON.
   *
   * @param data anything
   */
  @Tool
  public JsonNode raw(JsonNode data) {
    return data;
  }

  /**
   * Fails with a checked exception, later.
   *
   * @param message the message
   */
  @Tool
  public CompletionStage<Void> fail(String message) throws IOException {
    if (message.isEmpty()) {
      throw new IOException("empty message");
    }
    return CompletableFuture.failedFuture(new IOException(message));
  }
}
