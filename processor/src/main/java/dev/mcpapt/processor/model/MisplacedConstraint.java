package dev.mcpapt.processor.model;

import dev.mcpapt.processor.read.ConstraintAnnotations;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A Bean Validation annotation on a use whose JSON type it cannot constrain ({@code @Size} on a
 * number, for example): left out of the schema, and reported by validation.
 *
 * @param element where the use is written
 * @param where how messages name the use
 * @param type the type it is written on
 */
public record MisplacedConstraint(ConstraintAnnotations.Found constraint, Element element, String where, TypeMirror type) {}
