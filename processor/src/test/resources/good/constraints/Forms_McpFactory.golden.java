package good.constraints;

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
    return new Component(new Forms());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Forms.class));
  }

  /**
   * The {@code validated} tool: {@link Forms#validated}.
   */
  private static ToolResult validatedTool(Forms instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    String title = Decode.<String>property(args, "title", problems, (n1, p1) -> Decode.notBlank(Decode.string(n1, p1), p1));
    List<String> tags = Decode.<List<String>>property(args, "tags", problems, (n1, p1) -> Decode.size(Decode.list(n1, p1, (n2, p2) -> Decode.notBlank(Decode.string(n2, p2), p2)), 2, 5, p1));
    int rating = Decode.<Integer>property(args, "rating", problems, (n1, p1) -> Decode.range(Decode.intBox(n1, p1), Forms_McpFactory.LIMIT_0, false, Forms_McpFactory.LIMIT_1, false, p1));
    String slug = Decode.<String>property(args, "slug", problems, (n1, p1) -> Decode.pattern(Decode.string(n1, p1), Forms_McpFactory.PATTERN_0, p1));
    String email = Decode.<String>property(args, "email", problems, (n1, p1) -> Decode.email(Decode.string(n1, p1), p1));
    BigDecimal price = Decode.<BigDecimal>property(args, "price", problems, (n1, p1) -> Decode.range(Decode.bigDecimal(n1, p1), Forms_McpFactory.LIMIT_2, true, null, false, p1));
    String note = Decode.<String>optionalProperty(args, "note", problems, Decode::string);
    problems.throwIfAny();
    return GeneratedTool.text(instance.validated(title, tags, rating, slug, email, price, note));
  }

  /**
   * The {@code score_round} tool: {@link Forms#scoreRound}.
   */
  private static ToolResult scoreRoundTool(Forms instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    int[] scores = Decode.<int[]>property(args, "scores", problems, (n1, p1) -> Decode.intArray(Decode.items(n1, 1, 3, p1), p1));
    String[] codes = Decode.<String[]>property(args, "codes", problems, (n1, p1) -> Decode.toArray(Decode.list(Decode.items(n1, 1, Integer.MAX_VALUE, p1), p1, Decode::string), String[]::new));
    problems.throwIfAny();
    return GeneratedTool.text(instance.scoreRound(scores, codes));
  }

  /**
   * The {@code signup} tool: {@link Forms#signup}.
   */
  private static ToolResult signupTool(Forms instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Forms.Signup signup = Decode.<Forms.Signup>property(args, "signup", problems, Forms_McpFactory::decodeForms_Signup);
    problems.throwIfAny();
    return GeneratedTool.text(instance.signup(signup));
  }

  /**
   * The {@code limits} tool: {@link Forms#limits}.
   */
  private static ToolResult limitsTool(Forms instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Forms.Limits limits = Decode.<Forms.Limits>property(args, "limits", problems, Forms_McpFactory::decodeForms_Limits);
    problems.throwIfAny();
    return GeneratedTool.text(instance.limits(limits));
  }

  private static Forms.Signup decodeForms_Signup(JsonNode node, Problems problems) {
    if (!Decode.object(node, Forms_McpFactory.FORMS_SIGNUP_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    String name = Decode.<String>property(node, "name", problems, (n1, p1) -> Decode.notBlank(Decode.string(n1, p1), p1));
    int age = Decode.<Integer>property(node, "age", problems, (n1, p1) -> Decode.range(Decode.intBox(n1, p1), Forms_McpFactory.LIMIT_3, false, null, false, p1));
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
    if (!Decode.object(node, Forms_McpFactory.FORMS_LIMITS_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    double ratio = Decode.<Double>property(node, "ratio", problems, (n1, p1) -> Decode.range(Decode.doubleBox(n1, p1), LIMIT_2, true, LIMIT_0, true, p1));
    long delta = Decode.<Long>property(node, "delta", problems, (n1, p1) -> Decode.range(Decode.longBox(n1, p1), null, false, LIMIT_2, false, p1));
    Map<String, String> labels = Decode.<Map<String, String>>property(node, "labels", problems, (n1, p1) -> Decode.size(Decode.map(n1, p1, Decode::string), 1, Integer.MAX_VALUE, p1));
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

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Forms_McpFactory.class, "good.constraints.Forms");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Forms instance) {
      this.tools = List.of(
          GeneratedTool.<Forms>of(Descriptors.FILE, "validated", instance, Forms_McpFactory::validatedTool),
          GeneratedTool.<Forms>of(Descriptors.FILE, "score_round", instance, Forms_McpFactory::scoreRoundTool),
          GeneratedTool.<Forms>of(Descriptors.FILE, "signup", instance, Forms_McpFactory::signupTool),
          GeneratedTool.<Forms>of(Descriptors.FILE, "limits", instance, Forms_McpFactory::limitsTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Forms.class;
    }
  }
}
