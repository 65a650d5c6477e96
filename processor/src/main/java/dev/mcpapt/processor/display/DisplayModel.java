package dev.mcpapt.processor.display;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * The display side of a class's members as written: read by {@link DisplayReader}, checked by
 * {@code validation.DisplayValidator}, and turned into descriptor fields by {@link Display#of}.
 *
 * @param members every tool, resource, template and prompt, with what it declares for display
 * @param misplacedIcons methods with {@code @Icon} that are none of those, and their first icon
 */
public record DisplayModel(List<Member> members, Map<ExecutableElement, AnnotationMirror> misplacedIcons) {
  /** Which descriptor entry a member's fields go to. */
  public enum Kind { TOOL, RESOURCE, TEMPLATE, PROMPT }

  /**
   * One member.
   *
   * @param key its tool or prompt name, resource URI or URI template
   * @param annotations a resource's or template's {@code audience} and {@code priority}, or null
   * @param argumentTitles a prompt's argument titles by argument name
   */
  public record Member(Kind kind, String key, ExecutableElement method, List<Icon> icons,
      ResourceAnnotations annotations, Map<String, String> argumentTitles) {}

  /**
   * One {@code @Icon} as written.
   *
   * @param resource a class-path image, or empty
   * @param bytes the class-path image's content, or null when not found (or {@code resource} is empty)
   * @param theme the {@code Theme} constant's name
   */
  public record Icon(AnnotationMirror mirror, String src, String resource, String mimeType, byte[] bytes,
      List<String> sizes, String theme) {
    /** The image type: {@code mimeType} if given, else known from the resource's extension; null if neither. */
    public String type() {
      return mimeType.isEmpty() && !resource.isEmpty() ? DisplayReader.typeOfExtension(resource) : mimeType;
    }
  }

  /**
   * A resource's or template's annotations as written.
   *
   * @param kind {@code Resource} or {@code ResourceTemplate}, for messages
   * @param audience the roles, lower case
   * @param priority the explicit {@code priority}, or null
   */
  public record ResourceAnnotations(AnnotationMirror mirror, String kind, List<String> audience,
      AnnotationValue priority) {}
}
