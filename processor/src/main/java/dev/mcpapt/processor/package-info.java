/**
 * The mcp-apt annotation processor.
 *
 * <h2>Pipeline</h2>
 *
 * <p>Every class with annotated methods goes through the same steps, each in its own package:
 *
 * <ol>
 *   <li><b>read</b> ({@code read}): one small reader per annotation ({@code ToolAnnotation},
 *       {@code ParamAnnotation}, ...) reads it through its {@code AnnotationMirror}, keeping
 *       explicit values apart from defaults; Jackson, Bean Validation and {@code Nullable}
 *       annotations are read by name.
 *   <li><b>model</b> ({@code model}): one {@code ComponentModelFactory.create} builds the complete,
 *       immutable {@code ComponentModel} (tools with their methods, types, features, widgets), or
 *       defers the class while a member uses a type not generated yet ({@code MissingTypes}). It
 *       checks nothing: what cannot be generated stays in the model (an {@code UnsupportedType},
 *       a member without a kind, annotations as written).
 *   <li><b>validate</b> ({@code validation}): {@code ComponentValidator} runs every check of the
 *       class, one validator per concern ({@code TypeValidator}, {@code ToolValidator} with
 *       {@code SchemaRuleValidator}, {@code FeatureValidator}, {@code WidgetValidator},
 *       {@code DefaultValueValidator}), on the model; every problem goes to a {@code diag.Report}
 *       with its element, annotation and value, and processing of the class carries on.
 *   <li><b>report</b>: {@code ComponentStep} prints the report; a class with any error gets no
 *       output.
 *   <li><b>write</b> ({@code schema}, {@code writer}): from the model only, {@code SchemaWriter}
 *       and {@code DescriptorWriter} write {@code META-INF/mcp/<class>.json}, and
 *       {@code FactoryWriter} with {@code CodecWriter} writes {@code <Class>_McpFactory}.
 *       In {@code names}, {@code GeneratedNames} names every generated thing,
 *       {@code RuntimeTypes} every runtime type the processor refers to and
 *       {@code AnnotationNames} every annotation it reads.
 * </ol>
 *
 * <p>{@link dev.mcpapt.processor.McpProcessor} (isolating) runs the steps;
 * {@link dev.mcpapt.processor.McpServicesProcessor} (aggregating) writes the
 * {@code ServiceLoader} index and checks tool names across classes.
 *
 * <h2>Extension points</h2>
 *
 * <p>New member kinds (resources, resource templates, prompts, completions) and widget output
 * are added as new model and writer classes plugged into a few hooks, without changing the tool
 * code:
 *
 * <ul>
 *   <li>{@code AnnotationNames.MEMBERS} / {@code COMPONENT}: add the annotation so both
 *       processors see the classes that use it.
 *   <li>{@code ComponentModelFactory} and a validator in {@code validation}: read the new
 *       annotation in the factory's per-method loop into a new model record (e.g.
 *       {@code ResourceModel}) kept as written, add a list of them to {@code ComponentModel}, and
 *       check them in the validator. {@code TypeModelFactory.value(...)} maps any Java type for
 *       them, and {@code TypeValidator.use(...)} reports what it cannot map.
 *   <li>{@code FactoryWriter.members()}: add a {@code MemberWriter} that adds the handler classes
 *       to the factory and the list method ({@code resources()}, {@code prompts()}, ...) to the
 *       component. {@code CodecWriter} gives decoders and writers of any type.
 *   <li>{@code DescriptorWriter.sections()}: add the new kind's array to the descriptor file
 *       (read at run time with {@code DescriptorFile.entries(kind, key)}).
 *   <li>{@code DescriptorWriter.ToolMetaContributor}: add keys to a tool's {@code _meta} (as
 *       {@code @WidgetAccessible} does); {@code ToolModel.outputTemplateUri()} already carries the
 *       widget of a tool.
 *   <li>{@code diag.Diagnostic}: add an id, a section in {@code docs/diagnostics.md}, and a
 *       {@code bad/<id>.java} case in {@code DiagnosticTest}.
 * </ul>
 */
package dev.mcpapt.processor;
