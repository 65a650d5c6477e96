/**
 * Widgets (ChatGPT Apps and MCP Apps): {@code WidgetResult} (text for the model, typed
 * {@code structuredContent}, widget-only {@code _meta}), {@code HostHints} (what the host says
 * about the user, hints only), and the JavaScript bridge served as a resource.
 */
package dev.mcpapt.runtime.widget;
