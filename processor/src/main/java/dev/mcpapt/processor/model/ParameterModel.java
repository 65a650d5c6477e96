package dev.mcpapt.processor.model;

import javax.lang.model.element.VariableElement;

/**
 * One parameter of a tool method.
 *
 * @param element the parameter: where its problems are reported
 * @param value its JSON shape, or null for the context parameter
 * @param context the parameter receives the call's {@code McpContext} and is not in the schema
 * @param required must be present (not {@code Optional}, {@code @Nullable} or defaulted)
 * @param defaultJson the {@code @Param(defaultValue)} JSON text, or null
 * @param header the {@code @Param(header)} name as written, or null
 */
public record ParameterModel(
    VariableElement element,
    String javaName, String jsonName, ValueModel value, boolean context, boolean required, String description,
    String defaultJson, String header) {}
