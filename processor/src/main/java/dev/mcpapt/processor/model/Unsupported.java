package dev.mcpapt.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A use of a type the generated code cannot convert, kept in the model in place of what it would
 * have been; {@code validation} reports it.
 *
 * @param element where it is written: the parameter or method
 * @param where how messages name the use, e.g. {@code "result of search"}
 * @param type the type as written
 * @param reason why it cannot be used, and what to write instead
 */
public record Unsupported(Element element, String where, TypeMirror type, String reason) {}
