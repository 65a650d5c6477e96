package dev.mcpapt.processor.model;

import dev.mcpapt.processor.read.ParamAnnotation;
import javax.lang.model.element.Element;

/**
 * A {@code @Param(defaultValue)} of a parameter or property, where it was written: checked against
 * its type once every type is known (by {@code validation.DefaultValueValidator}).
 *
 * @param element where a problem is reported: the parameter, or the use of the property's type
 * @param where the parameter or property, named for messages
 */
public record DefaultValue(String json, ValueModel value, Element element, ParamAnnotation param, String where) {}
