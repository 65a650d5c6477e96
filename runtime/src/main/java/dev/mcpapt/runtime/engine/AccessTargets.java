package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * What the requests of one method touch, for access checks made before a request is served: the
 * generated descriptor of the tool, resource, resource template or prompt (where
 * {@code securitySchemes} says who may use it). Features register one per method with {@link
 * Engine#registerTargets}.
 */
public interface AccessTargets {
  /** The descriptor of what a request with these params touches, or {@code null} if nothing served. */
  ObjectNode describe(JsonNode params);

  /** The descriptors of everything served now. */
  Collection<ObjectNode> all();
}
