package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An icon of a {@code @Tool}, {@code @Resource}, {@code @ResourceTemplate} or {@code @Prompt},
 * sent in its {@code icons} from revision 2025-11-25 on. Repeatable: one per size or theme.
 *
 * <p>Give exactly one of {@link #src()} (an {@code https:} URL or a {@code data:} URI) and
 * {@link #resource()} (an image on the class path, which the processor embeds as a {@code data:}
 * URI at compile time). Everything is checked at compile time: the URI scheme, the MIME type (an
 * {@code image/} type), the sizes ({@code WxH} or {@code any}) and the resource's presence and size.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Icons.class)
public @interface Icon {
  /** An {@code https:} URL or a {@code data:} URI of the image. */
  String src() default "";

  /**
   * A class-path image (e.g. {@code "icons/report.png"}, looked up in the source and resource
   * folders), embedded as a base64 {@code data:} URI; at most 64 KiB.
   */
  String resource() default "";

  /** The image type; defaults to what the {@code data:} URI or the resource's extension says. */
  String mimeType() default "";

  /** The sizes the icon suits, as {@code "48x48"} or {@code "any"}; none for any size. */
  String[] sizes() default {};

  /** The background the icon is drawn for. */
  Theme theme() default Theme.ANY;

  /** The background an icon is drawn for. */
  enum Theme {
    /** Any background: no {@code theme} is sent. */
    ANY,
    LIGHT,
    DARK
  }
}
