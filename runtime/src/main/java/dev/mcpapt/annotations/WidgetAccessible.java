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
 * <p>Emits the visibility keys of both hosts:
 *
 * <table>
 *   <caption>What each visibility emits in the tool's {@code _meta}</caption>
 *   <tr><th>visibility</th><th>{@code ui.visibility}</th><th>{@code openai/visibility}</th><th>{@code openai/widgetAccessible}</th></tr>
 *   <tr><td>{@code MODEL_AND_APP} (default)</td><td>{@code ["model","app"]}</td><td>{@code "public"}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code APP_ONLY}</td><td>{@code ["app"]}</td><td>{@code "private"}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code MODEL_ONLY}</td><td>{@code ["model"]}</td><td>{@code "public"}</td><td>{@code false}</td></tr>
 * </table>
 *
 * <p>{@code APP_ONLY} tools are hidden from the model: hosts leave them out of what the model
 * sees and only widgets call them. A tool without this annotation emits none of these keys:
 * ChatGPT then refuses widget calls, while MCP Apps hosts allow them (their default is both);
 * write {@code MODEL_ONLY} to refuse them everywhere.
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
