package good.constraints;

import dev.mcpapt.annotations.Tool;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import support.Nullable;

/** Bean Validation constraints on parameters, array types and record components. */
public class Forms {
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
      @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) double ratio,
      @NegativeOrZero long delta,
      @NotEmpty Map<String, String> labels,
      @Size(min = 2, max = 3) String code) {}

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
   * Checks limits.
   *
   * @param limits the limits
   */
  @Tool
  public String limits(Limits limits) {
    return "ok";
  }
}
