package dev.mcpapt.it;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.Decode;
import dev.mcpapt.runtime.spi.DescriptorFile;
import dev.mcpapt.runtime.spi.Encode;
import dev.mcpapt.runtime.spi.GeneratedTool;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.McpComponentFactory;
import dev.mcpapt.runtime.spi.Problems;
import dev.mcpapt.runtime.spi.ToolHandler;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * The generated MCP handlers of {@link Inventory}; found by {@code ServiceLoader}.
 */
@Generated("dev.mcpapt.processor.McpProcessor")
public final class Inventory_McpFactory implements McpComponentFactory {
  private static final BigDecimal LIMIT_0 = new BigDecimal("1");

  private static final BigDecimal LIMIT_1 = new BigDecimal("10");

  private static final Pattern PATTERN_0 = Pattern.compile("^(?:[a-z]+)$");

  private static final BigDecimal LIMIT_2 = new BigDecimal("0");

  private static final JsonNode DEFAULT_0 = Decode.json("\"metric\"");

  private static final Set<String> INVENTORY_POINT_PROPERTIES = Set.of("x", "y");

  private static final Set<String> INVENTORY_LINE_PROPERTIES = Set.of("from", "to");

  private static final Set<String> INVENTORY_NODE_PROPERTIES = Set.of("children", "name");

  private static final Set<String> INVENTORY_CIRCLE_PROPERTIES = Set.of("radius");

  private static final Set<String> INVENTORY_SQUARE_PROPERTIES = Set.of("side");

  private static final Set<String> INVENTORY_SHAPE_PROPERTIES_CIRCLE = Set.of("radius", "type");

  private static final Set<String> INVENTORY_SHAPE_PROPERTIES_SQUARE = Set.of("side", "type");

  private static final Set<String> INVENTORY_ITEM_PROPERTIES = Set.of("quantity", "sku", "unit_price");

  private static final Set<String> INVENTORY_SIGNUP_PROPERTIES = Set.of("age", "email", "name");

  private static final BigDecimal LIMIT_3 = new BigDecimal("18");

  private static final Set<String> INVENTORY_LIMITS_PROPERTIES = Set.of("code", "delta", "labels", "ratio");

  /**
   * Called by {@code ServiceLoader}.
   */
  public Inventory_McpFactory() {
  }

  @Override
  public Class<?> type() {
    return Inventory.class;
  }

  @Override
  public boolean canCreateDefault() {
    return true;
  }

  @Override
  public McpComponent create() {
    return new Component(new Inventory());
  }

  @Override
  public McpComponent create(Object instance) {
    return new Component(cast(instance, Inventory.class));
  }

  /**
   * The {@code draw} tool: {@link Inventory#draw}.
   */
  private static ToolResult drawTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Inventory.Line line = Decode.property(args, "line", problems, Inventory_McpFactory::decodeInventory_Line);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.draw(line), Inventory_McpFactory::writeInventory_Line);
  }

  /**
   * The {@code tree} tool: {@link Inventory#tree}.
   */
  private static ToolResult treeTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Inventory.Node root = Decode.property(args, "root", problems, Inventory_McpFactory::decodeInventory_Node);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.tree(root), Inventory_McpFactory::writeInventory_Node);
  }

  /**
   * The {@code shape} tool: {@link Inventory#shape}.
   */
  private static ToolResult shapeTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Inventory.Shape shape = Decode.property(args, "shape", problems, Inventory_McpFactory::decodeInventory_Shape);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.shape(shape), Inventory_McpFactory::writeInventory_Shape);
  }

  /**
   * The {@code times} tool: {@link Inventory#times}.
   */
  private static ToolResult timesTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    LocalDate date = Decode.property(args, "date", problems, Decode::localDate);
    LocalDateTime at = Decode.optionalProperty(args, "at", problems, Decode::localDateTime);
    LocalTime time = Decode.optionalProperty(args, "time", problems, Decode::localTime);
    OffsetDateTime when = Decode.optionalProperty(args, "when", problems, Decode::offsetDateTime);
    Instant instant = Decode.optionalProperty(args, "instant", problems, Decode::instant);
    Duration duration = Decode.optionalProperty(args, "duration", problems, Decode::duration);
    ZonedDateTime zoned = Decode.optionalProperty(args, "zoned", problems, Decode::zonedDateTime);
    problems.throwIfAny();
    return GeneratedTool.text(instance.times(date, at, time, when, instant, duration, zoned));
  }

  /**
   * The {@code ids} tool: {@link Inventory#ids}.
   */
  private static ToolResult idsTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    UUID id = Decode.property(args, "id", problems, Decode::uuid);
    URI link = Decode.optionalProperty(args, "link", problems, Decode::uri);
    BigDecimal amount = Decode.optionalProperty(args, "amount", problems, Decode::bigDecimal);
    BigInteger big = Decode.optionalProperty(args, "big", problems, Decode::bigInteger);
    Character initial = Decode.optionalProperty(args, "initial", problems, Decode::charBox);
    Short small = Decode.optionalProperty(args, "small", problems, Decode::shortBox);
    Byte tiny = Decode.optionalProperty(args, "tiny", problems, Decode::byteBox);
    Float ratio = Decode.optionalProperty(args, "ratio", problems, Decode::floatBox);
    Long boxed = Decode.optionalProperty(args, "boxed", problems, Decode::longBox);
    problems.throwIfAny();
    return GeneratedTool.text(instance.ids(id, link, amount, big, initial, small, tiny, ratio, boxed));
  }

  /**
   * The {@code counts} tool: {@link Inventory#counts}.
   */
  private static ToolResult countsTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Set<String> names = Decode.property(args, "names", problems, (n1, p1) -> Decode.set(n1, p1, Decode::string));
    int[] numbers = Decode.property(args, "numbers", problems, (n1, p1) -> Decode.intArray(n1, p1));
    String[] words = Decode.property(args, "words", problems, (n1, p1) -> Decode.toArray(Decode.list(n1, p1, Decode::string), String[]::new));
    Map<String, List<Inventory.Point>> groups = Decode.property(args, "groups", problems, (n1, p1) -> Decode.map(n1, p1, (n2, p2) -> Decode.list(n2, p2, Inventory_McpFactory::decodeInventory_Point)));
    problems.throwIfAny();
    return GeneratedTool.structured(instance.counts(names, numbers, words, groups), Inventory_McpFactory::writeCountsToolResult);
  }

  /**
   * The {@code restock} tool: {@link Inventory#restock}.
   */
  private static ToolResult restockTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Inventory.Item item = Decode.property(args, "item", problems, Inventory_McpFactory::decodeInventory_Item);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.restock(item), Inventory_McpFactory::writeInventory_Item);
  }

  /**
   * The {@code validated} tool: {@link Inventory#validated}.
   */
  private static ToolResult validatedTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    String title = Decode.property(args, "title", problems, (n1, p1) -> Decode.notBlank(Decode.string(n1, p1), p1));
    List<String> tags = Decode.property(args, "tags", problems, (n1, p1) -> Decode.size(Decode.list(n1, p1, (n2, p2) -> Decode.notBlank(Decode.string(n2, p2), p2)), 2, 5, p1));
    int rating = Decode.property(args, "rating", problems, (n1, p1) -> Decode.range(Decode.intBox(n1, p1), Inventory_McpFactory.LIMIT_0, false, Inventory_McpFactory.LIMIT_1, false, p1));
    String slug = Decode.property(args, "slug", problems, (n1, p1) -> Decode.pattern(Decode.string(n1, p1), Inventory_McpFactory.PATTERN_0, p1));
    String email = Decode.property(args, "email", problems, (n1, p1) -> Decode.email(Decode.string(n1, p1), p1));
    BigDecimal price = Decode.property(args, "price", problems, (n1, p1) -> Decode.range(Decode.bigDecimal(n1, p1), Inventory_McpFactory.LIMIT_2, true, null, false, p1));
    String note = Decode.optionalProperty(args, "note", problems, Decode::string);
    problems.throwIfAny();
    return GeneratedTool.text(instance.validated(title, tags, rating, slug, email, price, note));
  }

  /**
   * The {@code score_round} tool: {@link Inventory#scoreRound}.
   */
  private static ToolResult scoreRoundTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    int[] scores = Decode.property(args, "scores", problems, (n1, p1) -> Decode.intArray(Decode.items(n1, 1, 3, p1), p1));
    String[] codes = Decode.property(args, "codes", problems, (n1, p1) -> Decode.toArray(Decode.list(Decode.items(n1, 1, Integer.MAX_VALUE, p1), p1, Decode::string), String[]::new));
    problems.throwIfAny();
    return GeneratedTool.text(instance.scoreRound(scores, codes));
  }

  /**
   * The {@code signup} tool: {@link Inventory#signup}.
   */
  private static ToolResult signupTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Inventory.Signup signup = Decode.property(args, "signup", problems, Inventory_McpFactory::decodeInventory_Signup);
    problems.throwIfAny();
    return GeneratedTool.text(instance.signup(signup));
  }

  /**
   * The {@code distinct} tool: {@link Inventory#distinct}.
   */
  private static ToolResult distinctTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Set<Double> values = Decode.property(args, "values", problems, (n1, p1) -> Decode.set(n1, p1, Decode::doubleBox));
    problems.throwIfAny();
    return GeneratedTool.text(instance.distinct(values));
  }

  /**
   * The {@code echo} tool: {@link Inventory#echo}.
   */
  private static ToolResult echoTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    List<String> words = Decode.property(args, "words", problems, (n1, p1) -> Decode.list(n1, p1, (n2, p2) -> Decode.isAbsentOrNull(n2) ? null : Decode.string(n2, p2)));
    problems.throwIfAny();
    return GeneratedTool.structured(instance.echo(words), Inventory_McpFactory::writeEchoToolResult);
  }

  /**
   * The {@code limits} tool: {@link Inventory#limits}.
   */
  private static ToolResult limitsTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Inventory.Limits limits = Decode.property(args, "limits", problems, Inventory_McpFactory::decodeInventory_Limits);
    problems.throwIfAny();
    return GeneratedTool.text(instance.limits(limits));
  }

  /**
   * The {@code preferred} tool: {@link Inventory#preferred}.
   */
  private static ToolResult preferredTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    problems.throwIfAny();
    Inventory.Unit result = instance.preferred();
    return ToolResult.text(result == null ? "null" : textOfInventory_Unit(result));
  }

  /**
   * The {@code units} tool: {@link Inventory#units}.
   */
  private static ToolResult unitsTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    Inventory.Unit unit = Decode.property(args, "unit", problems, Inventory_McpFactory::decodeInventory_Unit);
    Inventory.Unit fallback = Decode.propertyOrDefault(args, "fallback", problems, Inventory_McpFactory::decodeInventory_Unit, Inventory_McpFactory.DEFAULT_0);
    problems.throwIfAny();
    return GeneratedTool.structured(instance.units(unit, fallback), Inventory_McpFactory::writeUnitsToolResult);
  }

  /**
   * The {@code raw} tool: {@link Inventory#raw}.
   */
  private static ToolResult rawTool(Inventory instance, JsonNode args, Problems problems,
      McpContext context) throws Exception {
    JsonNode data = Decode.property(args, "data", problems, Decode::any);
    problems.throwIfAny();
    return GeneratedTool.text(instance.raw(data));
  }

  /**
   * The {@code fail} tool: {@link Inventory#fail}.
   */
  private static CompletionStage<ToolResult> failTool(Inventory instance, JsonNode args,
      Problems problems, McpContext context) throws Exception {
    String message = Decode.stringProperty(args, "message", problems);
    problems.throwIfAny();
    return instance.fail(message).thenApply(result -> GeneratedTool.empty());
  }

  private static void writeCountsToolResult(JsonGenerator generator, Map<String, Integer> value)
      throws IOException {
    Encode.map(generator, value, Encode::integer);
  }

  private static void writeEchoToolResult(JsonGenerator generator, List<String> value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("items");
    Encode.collection(generator, value, Encode::string);
    generator.writeEndObject();
  }

  private static String textOfInventory_Unit(Inventory.Unit value) {
    switch (value) {
      case METRIC:
        return "metric";
      case IMPERIAL:
        return "imperial";
      default:
        throw new IllegalStateException(value.name());
    }
  }

  private static void writeUnitsToolResult(JsonGenerator generator, List<Inventory.Unit> value)
      throws IOException {
    generator.writeStartObject();
    generator.writeFieldName("items");
    Encode.collection(generator, value, Inventory_McpFactory::writeInventory_Unit);
    generator.writeEndObject();
  }

  private static Inventory.Point decodeInventory_Point(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_POINT_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    int x = Decode.intProperty(node, "x", problems);
    int y = Decode.intProperty(node, "y", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Point(x, y);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeInventory_Point(JsonGenerator generator, Inventory.Point value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("x");
    generator.writeNumber(value.x());
    generator.writeFieldName("y");
    generator.writeNumber(value.y());
    generator.writeEndObject();
  }

  private static Inventory.Line decodeInventory_Line(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_LINE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    Inventory.Point from = Decode.property(node, "from", problems, Inventory_McpFactory::decodeInventory_Point);
    Inventory.Point to = Decode.property(node, "to", problems, Inventory_McpFactory::decodeInventory_Point);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Line(from, to);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeInventory_Line(JsonGenerator generator, Inventory.Line value) throws
      IOException {
    generator.writeStartObject();
    Inventory.Point from = value.from();
    if (from != null) {
      generator.writeFieldName("from");
      writeInventory_Point(generator, from);
    }
    Inventory.Point to = value.to();
    if (to != null) {
      generator.writeFieldName("to");
      writeInventory_Point(generator, to);
    }
    generator.writeEndObject();
  }

  private static Inventory.Node decodeInventory_Node(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_NODE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    String name = Decode.stringProperty(node, "name", problems);
    List<Inventory.Node> children = Decode.listProperty(node, "children", problems, Inventory_McpFactory::decodeInventory_Node);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Node(name, children);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeInventory_Node(JsonGenerator generator, Inventory.Node value) throws
      IOException {
    generator.writeStartObject();
    String name = value.name();
    if (name != null) {
      generator.writeFieldName("name");
      generator.writeString(name);
    }
    List<Inventory.Node> children = value.children();
    if (children != null) {
      generator.writeFieldName("children");
      Encode.collection(generator, children, Inventory_McpFactory::writeInventory_Node);
    }
    generator.writeEndObject();
  }

  private static Inventory.Circle decodeInventory_Circle(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_CIRCLE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    double radius = Decode.doubleProperty(node, "radius", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Circle(radius);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeInventory_Circle(JsonGenerator generator, Inventory.Circle value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("radius");
    generator.writeNumber(value.radius());
    generator.writeEndObject();
  }

  private static Inventory.Square decodeInventory_Square(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_SQUARE_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    double side = Decode.doubleProperty(node, "side", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Square(side);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeInventory_Square(JsonGenerator generator, Inventory.Square value) throws
      IOException {
    generator.writeStartObject();
    generator.writeFieldName("side");
    generator.writeNumber(value.side());
    generator.writeEndObject();
  }

  private static Inventory.Shape decodeInventory_Shape(JsonNode node, Problems problems) {
    String tag = Decode.discriminator(node, "type", "Circle, square", problems);
    if (tag == null) {
      return null;
    }
    switch (tag) {
      case "Circle":
        return decodeInventory_Shape_Circle(node, problems);
      case "square":
        return decodeInventory_Shape_Square(node, problems);
      default:
        problems.enter("type");
        Decode.notOneOf(node.get("type"), "Circle, square", problems);
        problems.exit();
        return null;
    }
  }

  private static Inventory.Circle decodeInventory_Shape_Circle(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_SHAPE_PROPERTIES_CIRCLE, problems)) {
      return null;
    }
    int count = problems.count();
    double radius = Decode.doubleProperty(node, "radius", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Circle(radius);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static Inventory.Square decodeInventory_Shape_Square(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_SHAPE_PROPERTIES_SQUARE, problems)) {
      return null;
    }
    int count = problems.count();
    double side = Decode.doubleProperty(node, "side", problems);
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Square(side);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static void writeInventory_Shape(JsonGenerator generator, Inventory.Shape value) throws
      IOException {
    if (value instanceof Inventory.Circle) {
      writeInventory_Shape_Circle(generator, (Inventory.Circle) value);
    } else if (value instanceof Inventory.Square) {
      writeInventory_Shape_Square(generator, (Inventory.Square) value);
    } else {
      throw new IllegalStateException("not a permitted subtype: " + value.getClass());
    }
  }

  private static void writeInventory_Shape_Circle(JsonGenerator generator, Inventory.Circle value)
      throws IOException {
    generator.writeStartObject();
    generator.writeStringField("type", "Circle");
    generator.writeFieldName("radius");
    generator.writeNumber(value.radius());
    generator.writeEndObject();
  }

  private static void writeInventory_Shape_Square(JsonGenerator generator, Inventory.Square value)
      throws IOException {
    generator.writeStartObject();
    generator.writeStringField("type", "square");
    generator.writeFieldName("side");
    generator.writeNumber(value.side());
    generator.writeEndObject();
  }

  private static Inventory.Item decodeInventory_Item(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_ITEM_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    Inventory.Item value = new Inventory.Item();
    if (node.has("unit_price")) {
      value.unitPrice = Decode.optionalProperty(node, "unit_price", problems, Decode::bigDecimal);
    }
    value.setSku(Decode.stringProperty(node, "sku", problems));
    if (node.has("quantity")) {
      value.setQuantity(Decode.optionalProperty(node, "quantity", problems, (n1, p1) -> Decode.range(Decode.intBox(n1, p1), LIMIT_2, false, null, false, p1)));
    }
    return problems.count() == count ? value : null;
  }

  private static void writeInventory_Item(JsonGenerator generator, Inventory.Item value) throws
      IOException {
    generator.writeStartObject();
    BigDecimal unitPrice = value.unitPrice;
    if (unitPrice != null) {
      generator.writeFieldName("unit_price");
      Encode.bigDecimal(generator, unitPrice);
    }
    String sku = value.getSku();
    if (sku != null) {
      generator.writeFieldName("sku");
      generator.writeString(sku);
    }
    generator.writeFieldName("quantity");
    generator.writeNumber(value.getQuantity());
    generator.writeEndObject();
  }

  private static Inventory.Signup decodeInventory_Signup(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_SIGNUP_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    String name = Decode.property(node, "name", problems, (n1, p1) -> Decode.notBlank(Decode.string(n1, p1), p1));
    int age = Decode.property(node, "age", problems, (n1, p1) -> Decode.range(Decode.intBox(n1, p1), Inventory_McpFactory.LIMIT_3, false, null, false, p1));
    String email = Decode.optionalProperty(node, "email", problems, (n1, p1) -> Decode.email(Decode.string(n1, p1), p1));
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Signup(name, age, email);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static Inventory.Limits decodeInventory_Limits(JsonNode node, Problems problems) {
    if (!Decode.object(node, Inventory_McpFactory.INVENTORY_LIMITS_PROPERTIES, problems)) {
      return null;
    }
    int count = problems.count();
    double ratio = Decode.property(node, "ratio", problems, (n1, p1) -> Decode.range(Decode.doubleBox(n1, p1), LIMIT_2, true, LIMIT_0, true, p1));
    long delta = Decode.property(node, "delta", problems, (n1, p1) -> Decode.range(Decode.longBox(n1, p1), null, false, LIMIT_2, false, p1));
    Map<String, String> labels = Decode.property(node, "labels", problems, (n1, p1) -> Decode.size(Decode.map(n1, p1, Decode::string), 1, Integer.MAX_VALUE, p1));
    String code = Decode.property(node, "code", problems, (n1, p1) -> Decode.length(Decode.string(n1, p1), 2, 3, p1));
    if (problems.count() != count) {
      return null;
    }
    try {
      return new Inventory.Limits(ratio, delta, labels, code);
    } catch (IllegalArgumentException e) {
      return Decode.rejected(e, problems);
    }
  }

  private static Inventory.Unit decodeInventory_Unit(JsonNode node, Problems problems) {
    String text = Decode.enumName(node, "metric, imperial", problems);
    if (text == null) {
      return null;
    }
    switch (text) {
      case "metric":
        return Inventory.Unit.METRIC;
      case "imperial":
        return Inventory.Unit.IMPERIAL;
      default:
        Decode.notOneOf(node, "metric, imperial", problems);
        return null;
    }
  }

  private static void writeInventory_Unit(JsonGenerator generator, Inventory.Unit value) throws
      IOException {
    switch (value) {
      case METRIC:
        generator.writeString("metric");
        break;
      case IMPERIAL:
        generator.writeString("imperial");
        break;
      default:
        throw new IllegalStateException(value.name());
    }
  }

  private static final class Descriptors {
    static final DescriptorFile FILE = DescriptorFile.load(Inventory_McpFactory.class, "dev.mcpapt.it.Inventory");

    private Descriptors() {
    }
  }

  private static final class Component implements McpComponent {
    private final List<ToolHandler> tools;

    Component(Inventory instance) {
      this.tools = List.of(
          GeneratedTool.of(Descriptors.FILE, "draw", instance, Inventory_McpFactory::drawTool),
          GeneratedTool.of(Descriptors.FILE, "tree", instance, Inventory_McpFactory::treeTool),
          GeneratedTool.of(Descriptors.FILE, "shape", instance, Inventory_McpFactory::shapeTool),
          GeneratedTool.of(Descriptors.FILE, "times", instance, Inventory_McpFactory::timesTool),
          GeneratedTool.of(Descriptors.FILE, "ids", instance, Inventory_McpFactory::idsTool),
          GeneratedTool.of(Descriptors.FILE, "counts", instance, Inventory_McpFactory::countsTool),
          GeneratedTool.of(Descriptors.FILE, "restock", instance, Inventory_McpFactory::restockTool),
          GeneratedTool.of(Descriptors.FILE, "validated", instance, Inventory_McpFactory::validatedTool),
          GeneratedTool.of(Descriptors.FILE, "score_round", instance, Inventory_McpFactory::scoreRoundTool),
          GeneratedTool.of(Descriptors.FILE, "signup", instance, Inventory_McpFactory::signupTool),
          GeneratedTool.of(Descriptors.FILE, "distinct", instance, Inventory_McpFactory::distinctTool),
          GeneratedTool.of(Descriptors.FILE, "echo", instance, Inventory_McpFactory::echoTool),
          GeneratedTool.of(Descriptors.FILE, "limits", instance, Inventory_McpFactory::limitsTool),
          GeneratedTool.of(Descriptors.FILE, "preferred", instance, Inventory_McpFactory::preferredTool),
          GeneratedTool.of(Descriptors.FILE, "units", instance, Inventory_McpFactory::unitsTool),
          GeneratedTool.of(Descriptors.FILE, "raw", instance, Inventory_McpFactory::rawTool),
          GeneratedTool.async(Descriptors.FILE, "fail", instance, Inventory_McpFactory::failTool));
    }

    @Override
    public List<ToolHandler> tools() {
      return tools;
    }

    @Override
    public Class<?> type() {
      return Inventory.class;
    }
  }
}
