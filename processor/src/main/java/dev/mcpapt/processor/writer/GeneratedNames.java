package dev.mcpapt.processor.writer;

import com.palantir.javapoet.ClassName;
import java.util.Locale;

/**
 * Every name the processor gives to generated things, in one place: a sibling class in the
 * annotated class's package, nested names joined by {@code _}, a fixed suffix.
 */
public final class GeneratedNames {
  /** Suffix of the generated factory: {@code TaskTools} → {@code TaskTools_McpFactory}. */
  public static final String FACTORY_SUFFIX = "_McpFactory";

  /** The services file the aggregating processor writes. */
  public static final String SERVICES_FILE = "META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory";

  private GeneratedNames() {}

  /** The generated factory for {@code annotated}. */
  public static ClassName factory(ClassName annotated) {
    return ClassName.get(annotated.packageName(), String.join("_", annotated.simpleNames()) + FACTORY_SUFFIX);
  }

  /** The descriptor resource (relative to the class output) for a class of binary name {@code binaryName}. */
  public static String descriptorResource(String binaryName) {
    return "META-INF/mcp/" + binaryName + ".json";
  }

  /** The generated handler class of a tool method: {@code completeTask} → {@code CompleteTaskTool}. */
  public static String toolHandler(String methodName, int index) {
    return Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1) + "Tool" + (index == 0 ? "" : index);
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

  /** The static writer of a tool's wrapped result. */
  public static String resultWriter(String methodName, int index) {
    return "write" + Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1) + "Result"
        + (index == 0 ? "" : index);
  }

  /** The constant holding the known property names of a named type's objects. */
  public static String propertiesConstant(ClassName type) {
    return upperSnake(String.join("_", type.simpleNames())) + "_PROPERTIES";
  }

  static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
