package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets widgets call this {@link Tool} directly (ChatGPT {@code window.openai.callTool}, MCP Apps
 * {@code tools/call} from the view).
 *
 * <p>Emits {@code _meta["openai/widgetAccessible"]: true}, and the visibility keys of both hosts
 * ({@code _meta.ui.visibility}, {@code openai/visibility}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WidgetAccessible {
  /** Who may call the tool: the model, the widget (app), or both. */
  Visibility visibility() default Visibility.MODEL_AND_APP;

  /** Who can see and call a tool. */
  enum Visibility {
    /** Listed for the model and callable from widgets. */
    MODEL_AND_APP,
    /** Callable only from widgets; hidden from the model. */
    APP_ONLY,
    /** Listed for the model only (the same as not being widget-accessible). */
    MODEL_ONLY
  }
}
