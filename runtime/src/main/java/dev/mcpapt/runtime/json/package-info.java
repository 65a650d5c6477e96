/**
 * JSON trees without data binding: reads and writes Jackson {@code JsonNode} trees with the
 * streaming parser and generator, so serving requests never initializes an {@code ObjectMapper}
 * (its class loading is most of a cold start's JSON cost). Internal to the runtime.
 */
package dev.mcpapt.runtime.json;
