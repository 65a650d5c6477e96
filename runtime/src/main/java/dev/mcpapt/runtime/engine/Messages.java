package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Icon;
import dev.mcpapt.runtime.McpError;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Encodes the JSON-RPC messages the server sends: results shaped per revision (the
 * {@code resultType} and server {@code _meta} of 2026-07-28), errors, notifications, batch answers,
 * and the pieces several methods write (server info, caching hints).
 */
public final class Messages {
  private final Engine.Settings settings;

  Messages(Engine.Settings settings) {
    this.settings = settings;
  }

  /**
   * What the server's {@code Implementation} says beyond name, version and title (2025-11-25
   * on): a description, a website and icons.
   */
  public record ServerDetails(String description, String websiteUrl, List<Icon> icons) {
    public ServerDetails {
      icons = icons == null ? List.of() : List.copyOf(icons);
    }
  }

  private volatile ServerDetails serverDetails = new ServerDetails(null, null, List.of());

  /** Sets the server's description, website and icons in {@code serverInfo}. */
  public void serverDetails(ServerDetails details) {
    this.serverDetails = java.util.Objects.requireNonNull(details, "details");
  }

  /** Writes the server's {@code Implementation} object for {@code revision}. */
  void writeServerInfo(JsonGenerator g, Revision revision) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", settings.name());
    if (settings.title() != null && revision.atLeast(Revision.V2025_06_18)) {
      g.writeStringField("title", settings.title());
    }
    g.writeStringField("version", settings.version());
    ServerDetails details = serverDetails;
    if (revision.hasIcons()) {
      if (details.description() != null) {
        g.writeStringField("description", details.description());
      }
      if (details.websiteUrl() != null) {
        g.writeStringField("websiteUrl", details.websiteUrl());
      }
      if (!details.icons().isEmpty()) {
        ContentCodec.writeIcons(g, details.icons());
      }
    }
    g.writeEndObject();
  }

  /**
   * Writes the caching hints of a cacheable result, on modern revisions only: what the method
   * chose ({@link RequestContext#cacheResult}), else the server's defaults; a resource read by a
   * signed-in caller defaults to {@code private} (it may depend on who asked; lists never do).
   */
  public void writeCacheHints(JsonGenerator g, RequestContext request) throws IOException {
    if (request.revision().isModern()) {
      long ttl = request.cacheTtlMs() >= 0 ? request.cacheTtlMs() : settings.listTtlMs();
      String scope = request.cacheScope() != null ? request.cacheScope().wireName()
          : "resources/read".equals(request.method()) && request.principal().isPresent() ? "private"
          : settings.cacheScope();
      g.writeNumberField("ttlMs", ttl);
      g.writeStringField("cacheScope", scope);
    }
  }

  /** The response carrying {@code result} for the request {@code ctx}. */
  byte[] result(RequestContext ctx, Result result) {
    return Json.encode(g -> {
      g.writeStartObject();
      g.writeStringField("jsonrpc", "2.0");
      g.writeFieldName("id");
      Json.writeId(g, ctx.id());
      g.writeFieldName("result");
      g.writeStartObject();
      boolean modern = ctx.revision().isModern();
      if (modern) {
        g.writeStringField("resultType", result.resultType());
      }
      result.writeFields(g, ctx);
      ObjectNode meta = result.meta();
      if (modern) {
        g.writeFieldName("_meta");
        g.writeStartObject();
        g.writeFieldName(Inbound.META_SERVER_INFO);
        writeServerInfo(g, ctx.revision());
        if (meta != null) {
          for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!Inbound.META_SERVER_INFO.equals(e.getKey())) {
              g.writeFieldName(e.getKey());
              g.writeTree(e.getValue());
            }
          }
        }
        g.writeEndObject();
      } else if (meta != null && !meta.isEmpty()) {
        g.writeFieldName("_meta");
        g.writeTree(meta);
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  /** Encodes a JSON-RPC error response; {@code id} may be {@code null} (then it is omitted). */
  public static byte[] error(JsonNode id, McpError error) {
    return Json.encode(g -> {
      g.writeStartObject();
      g.writeStringField("jsonrpc", "2.0");
      if (id != null) {
        g.writeFieldName("id");
        Json.writeId(g, id);
      }
      g.writeFieldName("error");
      g.writeStartObject();
      g.writeNumberField("code", error.code());
      g.writeStringField("message", error.getMessage() == null ? "Error" : error.getMessage());
      if (error.data() != null) {
        g.writeFieldName("data");
        g.writeTree(error.data());
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  /** Encodes a JSON-RPC notification. */
  public static byte[] notification(String method, ObjectNode params) {
    return Json.encode(g -> {
      g.writeStartObject();
      g.writeStringField("jsonrpc", "2.0");
      g.writeStringField("method", method);
      if (params != null) {
        g.writeFieldName("params");
        g.writeTree(params);
      }
      g.writeEndObject();
    });
  }

  /** Joins encoded responses into one JSON array (the answer to a batch). */
  static byte[] joinArray(List<byte[]> parts) {
    int size = 2 + parts.size() - 1;
    for (byte[] p : parts) {
      size += p.length;
    }
    byte[] out = new byte[size];
    int at = 0;
    out[at++] = '[';
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out[at++] = ',';
      }
      byte[] p = parts.get(i);
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    out[at] = ']';
    return out;
  }
}
