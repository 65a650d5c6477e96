package dev.mcpapt.annotations;

/** A reader of a resource's contents, in its {@code annotations.audience}. */
public enum Role {
  USER,
  ASSISTANT
}
