package dev.mcpapt.processor.names;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every name the processor gives to generated things, in one place: a sibling class in the
 * annotated class's package, nested names joined by {@code _}, a fixed suffix.
 */
public final class GeneratedNames {
  private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

  /** Suffix of the generated factory: {@code TaskTools} → {@code TaskTools_McpFactory}. */
  public static final String FACTORY_SUFFIX = "_McpFactory";

  /** The services file the aggregating processor writes. */
  public static final String SERVICES_FILE = "META-INF/services/" + RuntimeTypes.MCP_COMPONENT_FACTORY.canonicalName();

  /** The processor named in every generated class's {@code @Generated}. */
  public static final String PROCESSOR = "dev.mcpapt.processor.McpProcessor";

  /** Where every per-class resource goes, under the class output. */
  private static final String RESOURCES = "META-INF/mcp/";

  /** The factory's static method that returns its descriptor file (read once, by the runtime). */
  public static final String DESCRIPTORS_METHOD = "descriptors";

  /** The factory's static method that creates a component on an instance. */
  public static final String NEW_COMPONENT = "newComponent";

  private GeneratedNames() {}

  /** The generated factory for {@code annotated}. */
  public static ClassName factory(ClassName annotated) {
    return ClassName.get(annotated.packageName(), String.join("_", annotated.simpleNames()) + FACTORY_SUFFIX);
  }

  /** The descriptor resource (relative to the class output) for a class of binary name {@code binaryName}. */
  public static String descriptorResource(String binaryName) {
    return RESOURCES + binaryName + ".json";
  }

  /** {@code META-INF/mcp/<class>.widgets.json}: the index {@code WidgetResources.load} reads. */
  public static String widgetIndex(String binaryName) {
    return RESOURCES + binaryName + ".widgets.json";
  }

  /** A widget's document: {@code META-INF/mcp/widgets/<class>/<file>}. */
  public static String widgetDocument(String binaryName, String file) {
    return RESOURCES + "widgets/" + binaryName + "/" + file;
  }

  /** {@code META-INF/mcp/<class>.d.ts}: the TypeScript declarations of the class's tools. */
  public static String declarations(String binaryName) {
    return RESOURCES + binaryName + ".d.ts";
  }

  /** {@code META-INF/mcp/<class>.skills.json}: the index {@code SkillResources.load} reads. */
  public static String skillIndex(String binaryName) {
    return RESOURCES + binaryName + ".skills.json";
  }

  /** The copy of a skill's file: {@code META-INF/mcp/skills/<class>/<path>}. */
  public static String skillFile(String binaryName, String path) {
    return RESOURCES + "skills/" + binaryName + "/" + path;
  }

  /**
   * A name made unique among the overloads of one method: the first keeps {@code base}, the
   * second is {@code base2}, the third {@code base3}. The one scheme for every member kind.
   */
  public static String overload(String base, int overload) {
    return overload == 0 ? base : base + (overload + 1);
  }

  /** Which overload of its method {@code methods.get(index)} is: how many earlier entries have its name. */
  public static int overloadIndex(List<String> methods, int index) {
    int overload = 0;
    for (int i = 0; i < index; i++) {
      if (methods.get(i).equals(methods.get(index))) {
        overload++;
      }
    }
    return overload;
  }

  /** The static writer of a tool's result that is not a named type (a map, or wrapped items). */
  public static String toolResultWriter(String methodName, int overload) {
    return overload("write" + capitalize(methodName) + "ToolResult", overload);
  }

  /**
   * The switch over a class's tools that answer at once ({@code callTools0}, {@code callTools1}...
   * for the parts of a long one). The switches' names are the only generated methods that start
   * with {@code call}, {@code read}, {@code get} or {@code complete}: decoders and writers start
   * with {@code decode} and {@code write}.
   */
  public static final String TOOL_SWITCH = "callTools";

  /** The switch over a class's tools that answer later. */
  public static final String ASYNC_TOOL_SWITCH = "callToolsLater";

  /** The switch over a class's {@code @Resource} methods. */
  public static final String RESOURCE_SWITCH = "readResources";

  /** The switch over a class's {@code @ResourceTemplate} methods. */
  public static final String TEMPLATE_SWITCH = "readTemplates";

  /** The switch over a class's {@code @Prompt} methods. */
  public static final String PROMPT_SWITCH = "getPrompts";

  /** The switch over a class's {@code @Complete} methods. */
  public static final String COMPLETION_SWITCH = "completeArguments";

  /** The constant holding a named type's decoder as a value: {@code Address} → {@code ADDRESS_DECODER}. */
  public static String decoderConstant(ClassName type) {
    return upperSnake(String.join("_", type.simpleNames())) + "_DECODER";
  }

  /** The constant holding a writer as a value: {@code writeAddress} → {@code ADDRESS_WRITER}. */
  public static String writerConstant(String writerMethod) {
    return upperSnake(writerMethod.substring("write".length())) + "_WRITER";
  }

  /** The static decoder method of a named type: {@code Address} → {@code decodeAddress}. */
  public static String decoder(ClassName type) {
    return "decode" + String.join("_", type.simpleNames());
  }

  /** The static decoder of a record read as one variant of a sealed type. */
  public static String variantDecoder(ClassName sealed, ClassName record) {
    return decoder(sealed) + "_" + record.simpleName();
  }

  /** The static writer method of a named type. */
  public static String writer(ClassName type) {
    return "write" + String.join("_", type.simpleNames());
  }

  /** The static writer of a record written as one variant of a sealed type. */
  public static String variantWriter(ClassName sealed, ClassName record) {
    return writer(sealed) + "_" + record.simpleName();
  }

  /** The constant holding the known property names of a named type's objects. */
  public static String propertiesConstant(ClassName type) {
    return upperSnake(String.join("_", type.simpleNames())) + "_PROPERTIES";
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  public static String upperSnake(String camel) {
    return WORD_BOUNDARY.matcher(camel).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
  }
}
