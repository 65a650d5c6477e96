package dev.mcpapt.processor.widget;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.processor.widget.WidgetModel.Csp;
import dev.mcpapt.processor.widget.WidgetModel.Template;
import dev.mcpapt.processor.widget.WidgetModel.ToolWidget;
import java.util.List;

/**
 * The JSON the widget annotations put on the wire, for ChatGPT and MCP Apps hosts at once. Key
 * order is fixed (MCP Apps keys first, then the OpenAI ones), so output is deterministic.
 */
public final class WidgetJson {
  /** MIME type of MCP Apps widget documents; ChatGPT renders it too. */
  public static final String MCP_APP_MIME = "text/html;profile=mcp-app";

  /** MIME type of the classic ChatGPT widget documents. */
  public static final String SKYBRIDGE_MIME = "text/html+skybridge";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private WidgetJson() {}

  /** The keys a tool's {@code _meta} gets; merge them into the descriptor's {@code _meta}. */
  public static ObjectNode toolMeta(ToolWidget tool) {
    ObjectNode meta = F.objectNode();
    Template t = tool.template();
    if (t != null || tool.visibility() != null) {
      ObjectNode ui = meta.putObject("ui");
      if (t != null) {
        ui.put("resourceUri", t.uri());
      }
      if (tool.visibility() != null) {
        ArrayNode v = ui.putArray("visibility");
        switch (tool.visibility()) {
          case "APP_ONLY" -> v.add("app");
          case "MODEL_ONLY" -> v.add("model");
          default -> v.add("model").add("app");
        }
      }
    }
    if (t != null) {
      meta.put("ui/resourceUri", t.uri());
      meta.put("openai/outputTemplate", t.skybridgeUri() != null ? t.skybridgeUri() : t.uri());
    }
    if (tool.visibility() != null) {
      meta.put("openai/visibility", tool.visibility().equals("APP_ONLY") ? "private" : "public");
      meta.put("openai/widgetAccessible", !tool.visibility().equals("MODEL_ONLY"));
    }
    if (tool.invoking() != null) {
      meta.put("openai/toolInvocation/invoking", tool.invoking());
    }
    if (tool.invoked() != null) {
      meta.put("openai/toolInvocation/invoked", tool.invoked());
    }
    if (!tool.fileParams().isEmpty()) {
      strings(meta.putArray("openai/fileParams"), tool.fileParams());
    }
    if (!tool.securitySchemes().isEmpty()) {
      meta.set("securitySchemes", securitySchemes(tool));
    }
    return meta;
  }

  /** The tool's top-level {@code securitySchemes}, or null without {@code @Security}. */
  public static ArrayNode securitySchemes(ToolWidget tool) {
    if (tool.securitySchemes().isEmpty()) {
      return null;
    }
    ArrayNode schemes = F.arrayNode();
    for (String type : tool.securitySchemes()) {
      ObjectNode scheme = schemes.addObject().put("type", type);
      if (type.equals("oauth2") && !tool.scopes().isEmpty()) {
        strings(scheme.putArray("scopes"), tool.scopes());
      }
    }
    return schemes;
  }

  /** The {@code _meta} of a widget resource, the same on its list entry and its content item. */
  public static ObjectNode resourceMeta(Template t) {
    ObjectNode meta = F.objectNode();
    ObjectNode ui = meta.putObject("ui");
    Csp csp = t.csp();
    ObjectNode uiCsp = ui.putObject("csp");
    strings(uiCsp.putArray("connectDomains"), csp.connect());
    strings(uiCsp.putArray("resourceDomains"), csp.resource());
    if (!csp.frame().isEmpty()) {
      strings(uiCsp.putArray("frameDomains"), csp.frame());
    }
    if (!csp.baseUri().isEmpty()) {
      strings(uiCsp.putArray("baseUriDomains"), csp.baseUri());
    }
    if (!t.permissions().isEmpty()) {
      ObjectNode permissions = ui.putObject("permissions");
      t.permissions().forEach(p -> permissions.putObject(p));
    }
    if (t.prefersBorder() != null) {
      ui.put("prefersBorder", t.prefersBorder());
    }
    if (!t.domain().isEmpty()) {
      ui.put("domain", t.domain());
    }
    ObjectNode openaiCsp = meta.putObject("openai/widgetCSP");
    strings(openaiCsp.putArray("connect_domains"), csp.connect());
    strings(openaiCsp.putArray("resource_domains"), csp.resource());
    if (!csp.frame().isEmpty()) {
      strings(openaiCsp.putArray("frame_domains"), csp.frame());
    }
    if (!csp.redirect().isEmpty()) {
      strings(openaiCsp.putArray("redirect_domains"), csp.redirect());
    }
    if (t.prefersBorder() != null) {
      meta.put("openai/widgetPrefersBorder", t.prefersBorder());
    }
    if (!t.description().isEmpty()) {
      meta.put("openai/widgetDescription", t.description());
    }
    if (!t.domain().isEmpty()) {
      meta.put("openai/widgetDomain", t.domain());
    }
    return meta;
  }

  /**
   * The index the runtime loads ({@code WidgetResources.load}): for each widget, and for its
   * skybridge variant if any, the {@code resources/list} entry, the content item without its text,
   * and the class-path resource holding the document.
   */
  public static ArrayNode index(List<Template> templates, java.util.function.Function<Template, String> documentPath) {
    ArrayNode index = F.arrayNode();
    for (Template t : templates) {
      add(index, t, t.uri(), MCP_APP_MIME, documentPath.apply(t));
      if (t.skybridgeUri() != null) {
        add(index, t, t.skybridgeUri(), SKYBRIDGE_MIME, documentPath.apply(t));
      }
    }
    return index;
  }

  private static void add(ArrayNode index, Template t, String uri, String mime, String path) {
    ObjectNode entry = index.addObject();
    ObjectNode resource = entry.putObject("resource");
    resource.put("uri", uri);
    resource.put("name", t.name());
    if (!t.description().isEmpty()) {
      resource.put("description", t.description());
    }
    resource.put("mimeType", mime);
    resource.set("_meta", resourceMeta(t));
    ObjectNode contents = entry.putObject("contents");
    contents.put("uri", uri);
    contents.put("mimeType", mime);
    contents.set("_meta", resourceMeta(t));
    entry.put("html", path);
    entry.put("source", t.htmlPath());
    entry.put("bridge", t.bridge());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
