/**
 * The local widget host behind {@code --dev}: a page that lists the tools, calls them with forms
 * generated from their schemas, and renders widgets in a sandboxed frame that speaks both hosts'
 * protocols to the real MCP endpoint. Internal.
 */
package dev.mcpapt.runtime.dev;
