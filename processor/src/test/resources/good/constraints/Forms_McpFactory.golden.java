package good.constraints;

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
import dev.mcpapt.runtime.spi.ValueDecoder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Forms}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Forms_McpFactory implements McpComponentFactory {
  private static final BigDecimal LIMIT_0 = new BigDecimal("1");

  private static final BigDecimal LIMIT_1 = new BigDecimal("10");

  private static final Pattern PATTERN_0 = Pattern.compile("^(?:[a-z]+)$");

  private static final BigDecimal LIMIT_2 = new BigDecimal("0");

  private static final ValueDecoder<Forms.Signup> FORMS_SIGNUP_DECODER = Forms_McpFactory::decodeForms_Signup;

  private static final ValueDecoder<Forms.Limits> FORMS_LIMITS_DECODER = Forms_McpFactory::decodeForms_Limits;

  private static final Set<String> FORMS_SIGNUP_PROPERTIES = Set.of("age", "email", "name");

  private static final BigDecimal LIMIT_3 = new BigDecimal("18");

  private static final Set<String> FORMS_LIMITS_PROPERTIES = Set.of("code", "delta", "labels", "ratio");

  /**
   * Called by {@code ServiceLoader}.
   */
  public Forms_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Forms.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return newComponent(new Forms());
  }

  @Override
  public McpComponent create(Object instance) {
    return newComponent(cast(instance, Forms.class));
  }

  /**
   * The descriptor file of {@link Forms}, read once.
   */
  private static DescriptorFile descriptors() {
    return DescriptorFile.load(Forms_McpFactory.class, "good.constraints.Forms", "1b9e1925");
  }

  /**
   * The handlers of {@link Forms}, bound to {@code instance}.
   */
  private static McpComponent newComponent(Forms instance) {
    return GeneratedComponent.builder(Forms.class)
        .tools(GeneratedTool.<Forms>list(descriptors(), instance, Forms_McpFactory::callTools))
        .build();
  }

  /**
   * The tools, by their position in the descriptor file.
   */
  private static ToolResult callTools(int tool, Forms instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    switch (tool) {
      case 0: { // validated
        String title = Decode.<String>property(args, "title", problems, (n1, p1) -> Decode.notBlank(Decode.string(n1, p1), p1));
        List<String> tags = Decode.<List<String>>property(args, "tags", problems, (n1, p1) -> Decode.size(Decode.list(n1, p1, (n2, p2) -> Decode.notBlank(Decode.string(n2, p2), p2)), 2, 5, p1));
        int rating = Decode.<Integer>property(args, "rating", problems, (n1, p1) -> Decode.range(Decode.intBox(n1, p1), LIMIT_0, false, LIMIT_1, false, p1));
        String slug = Decode.<String>property(args, "slug", problems, (n1, p1) -> Decode.pattern(Decode.string(n1, p1), PATTERN_0, p1));
        String email = Decode.<String>property(args, "email", problems, (n1, p1) -> Decode.email(Decode.string(n1, p1), p1));
        BigDecimal price = Decode.<BigDecimal>property(args, "price", problems, (n1, p1) -> Decode.range(Decode.bigDecimal(n1, p1), LIMIT_2, true, null, false, p1));
        String note = Decode.<String>optionalProperty(args, "note", problems, Decoders.STRING);
        problems.throwIfAny();
        return GeneratedTool.text(instance.validated(title, tags, rating, slug, email, price, note));
      }
      case 1: { // score_round
        int[] scores = Decode.<int[]>property(args, "scores", problems, (n1, p1) -> Decode.intArray(Decode.items(n1, 1, 3, p1), p1));
        String[] codes = Decode.<String[]>property(args, "codes", problems, (n1, p1) -> Decode.toArray(Decode.list(Decode.items(n1, 1, Integer.MAX_VALUE, p1), p1, Decoders.STRING), String[]::new));
        problems.throwIfAny();
        return GeneratedTool.text(instance.scoreRound(scores, codes));
      }
      case 2: { // signup
        Forms.Signup signup = Decode.<Forms.Signup>property(args, "signup", problems, FORMS_SIGNUP_DECODER);
        problems.throwIfAny();
        return GeneratedTool.text(instance.signup(signup));
      }
      case 3: { // limits
        Forms.Limits limits = Decode.<Forms.Limits>property(args, "limits", problems, FORMS_LIMITS_DECODER);
        problems.throwIfAny();
        return GeneratedTool.text(instance.limits(limits));
      }
      default:
        throw new IllegalArgumentException("no tool number " + tool);
    }
  }

  private static Forms.Signup decodeForms_Signup(JsonNode node, Problems problems) {
    if (!Decode.object(node, FORMS_SIGNUP_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    String name = Decode.<String>property(node, "name", problems, (n1, p1) -> Decode.notBlank(Decode.string(n1, p1), p1));
    int age = Decode.<Integer>property(node, "age", problems, (n1, p1) -> Decode.range(Decode.intBox(n1, p1), LIMIT_3, false, null, false, p1));
    String email = Decode.<String>optionalProperty(node, "email", problems, (n1, p1) -> Decode.email(Decode.string(n1, p1), p1));
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Forms.Signup(name, age, email);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static Forms.Limits decodeForms_Limits(JsonNode node, Problems problems) {
    if (!Decode.object(node, FORMS_LIMITS_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    double ratio = Decode.<Double>property(node, "ratio", problems, (n1, p1) -> Decode.range(Decode.doubleBox(n1, p1), LIMIT_2, true, LIMIT_0, true, p1));
    long delta = Decode.<Long>property(node, "delta", problems, (n1, p1) -> Decode.range(Decode.longBox(n1, p1), null, false, LIMIT_2, false, p1));
    Map<String, String> labels = Decode.<Map<String, String>>property(node, "labels", problems, (n1, p1) -> Decode.size(Decode.map(n1, p1, Decoders.STRING), 1, Integer.MAX_VALUE, p1));
    String code = Decode.<String>property(node, "code", problems, (n1, p1) -> Decode.length(Decode.string(n1, p1), 2, 3, p1));
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Forms.Limits(ratio, delta, labels, code);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }
}
