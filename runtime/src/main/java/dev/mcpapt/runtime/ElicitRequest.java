package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * What an elicitation asks the user: a message and either a form ({@link #form}) or a URL to open
 * ({@link #url}, from revision 2025-11-25 on). Pass it to {@link McpContext#elicit}.
 */
public final class ElicitRequest {
  private final String message;
  private final ElicitSchema schema;
  private final URI url;
  private final String elicitationId;

  private ElicitRequest(String message, ElicitSchema schema, URI url, String elicitationId) {
    this.message = Objects.requireNonNull(message, "message");
    this.schema = schema;
    this.url = url;
    this.elicitationId = elicitationId;
  }

  /** Asks the user to fill in {@code schema}. */
  public static ElicitRequest form(String message, ElicitSchema schema) {
    return new ElicitRequest(message, Objects.requireNonNull(schema, "schema"), null, null);
  }

  /** Asks the user to open {@code url} (a sign-in page, a payment form) and come back; its id is random. */
  public static ElicitRequest url(String message, URI url) {
    return url(message, url, UUID.randomUUID().toString());
  }

  /**
   * Asks the user to open {@code url}, under an id of the server's choosing: the page the URL
   * opens knows it (put it in the URL), and {@link ServerEvents#elicitationComplete} names it
   * when the interaction there is done (revision 2025-11-25).
   */
  public static ElicitRequest url(String message, URI url, String elicitationId) {
    Objects.requireNonNull(elicitationId, "elicitationId");
    if (elicitationId.isEmpty()) {
      throw new IllegalArgumentException("an elicitationId must not be empty");
    }
    return new ElicitRequest(message, null, Objects.requireNonNull(url, "url"), elicitationId);
  }

  public String message() {
    return message;
  }

  /** The form, or null for a URL elicitation. */
  public ElicitSchema schema() {
    return schema;
  }

  /** The URL, or null for a form. */
  public URI url() {
    return url;
  }

  /** The id of a URL elicitation, or null for a form. */
  public String elicitationId() {
    return elicitationId;
  }

  /**
   * The {@code elicitation/create} params for {@code protocolVersion}: {@code mode} from
   * 2025-11-25 on, and a URL elicitation's {@code elicitationId} in 2025-11-25 only (2026-07-28
   * removed it).
   */
  public ObjectNode toParams(String protocolVersion) {
    return toParams(protocolVersion, elicitationId);
  }

  /**
   * The {@code elicitation/create} params for {@code protocolVersion}. The {@code mode} field
   * exists from 2025-11-25 on and is left out before.
   *
   * @param elicitationId the id a URL elicitation carries in 2025-11-25 in place of its own; ignored for forms
   */
  public ObjectNode toParams(String protocolVersion, String elicitationId) {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    boolean hasMode = protocolVersion.compareTo("2025-11-25") >= 0;
    if (url != null) {
      params.put("mode", "url");
      params.put("message", message);
      params.put("url", url.toString());
      if (protocolVersion.equals("2025-11-25")) {
        params.put("elicitationId", elicitationId);
      }
      return params;
    }
    if (hasMode) {
      params.put("mode", "form");
    }
    params.put("message", message);
    params.set("requestedSchema", schema.toJson());
    return params;
  }
}
