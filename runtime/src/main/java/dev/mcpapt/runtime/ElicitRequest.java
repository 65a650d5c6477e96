package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;

/**
 * What an elicitation asks the user: a message and either a form ({@link #form}) or a URL to open
 * ({@link #url}, from revision 2025-11-25 on). Pass it to {@link McpContext#elicit}.
 */
public final class ElicitRequest {
  private final String message;
  private final ElicitSchema schema;
  private final URI url;

  private ElicitRequest(String message, ElicitSchema schema, URI url) {
    this.message = Objects.requireNonNull(message, "message");
    this.schema = schema;
    this.url = url;
  }

  /** Asks the user to fill in {@code schema}. */
  public static ElicitRequest form(String message, ElicitSchema schema) {
    return new ElicitRequest(message, Objects.requireNonNull(schema, "schema"), null);
  }

  /** Asks the user to open {@code url} (a sign-in page, a payment form) and come back. */
  public static ElicitRequest url(String message, URI url) {
    return new ElicitRequest(message, null, Objects.requireNonNull(url, "url"));
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

  /**
   * The {@code elicitation/create} params for {@code protocolVersion}. The {@code mode} field
   * exists from 2025-11-25 on and is left out before.
   *
   * @param elicitationId the id a URL elicitation carries up to 2025-11-25; ignored for forms
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
