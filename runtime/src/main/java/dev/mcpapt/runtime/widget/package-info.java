/**
 * Widgets (ChatGPT Apps and MCP Apps): {@code WidgetResult} (text for the model, typed
 * {@code structuredContent}, widget-only {@code _meta}) and {@code TypedWidgetResult} (the same,
 * with {@code _meta} of a declared type), {@code HostHints} (what the host says
 * about the user, hints only), and the JavaScript bridge served as a resource.
 */
package dev.mcpapt.runtime.widget;
