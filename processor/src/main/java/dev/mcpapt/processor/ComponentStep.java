package dev.mcpapt.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.JavaFile;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.display.Display;
import dev.mcpapt.processor.display.DisplayModel;
import dev.mcpapt.processor.display.DisplayReader;
import dev.mcpapt.processor.model.ComponentModel;
import dev.mcpapt.processor.model.ComponentModelFactory;
import dev.mcpapt.processor.model.MissingTypeException;
import dev.mcpapt.processor.model.ToolMethods;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.names.RuntimeTypes;
import dev.mcpapt.processor.schema.SchemaWriter;
import dev.mcpapt.processor.validation.ComponentValidator;
import dev.mcpapt.processor.validation.DisplayValidator;
import dev.mcpapt.processor.widget.TypeScriptDeclarations;
import dev.mcpapt.processor.widget.WidgetFilesWriter;
import dev.mcpapt.processor.writer.DescriptorWriter;
import dev.mcpapt.processor.writer.FactoryWriter;
import dev.mcpapt.processor.names.GeneratedNames;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The per-class step: for each class with {@code @Tool}, {@code @Resource},
 * {@code @ResourceTemplate}, {@code @Prompt} or {@code @Complete} methods,
 *
 * <ol>
 *   <li>build its complete model: tools, features and widgets ({@link ComponentModelFactory}),
 *       or defer the class if a member uses a type not generated yet;
 *   <li>check the class and the model ({@link ComponentValidator}: one validator per concern),
 *       and read the display fields as written ({@link DisplayReader}) and check them
 *       ({@link DisplayValidator});
 *   <li>print every message of the class;
 *   <li>only if there was no error, write the factory source ({@link FactoryWriter}), the
 *       descriptor file ({@link DescriptorWriter}) and the widget files, each with the class as
 *       its only originating element (Gradle's isolating rule).
 * </ol>
 *
 * A deferred class is reported as {@code McpUnresolvedType} if its type is still missing when
 * processing ends.
 */
final class ComponentStep implements ProcessingStep {
  private final ProcessingEnvironment env;
  private final ComponentModelFactory models;
  /** Deferred classes by qualified name, with the last missing type. */
  private final Map<String, String> deferred = new LinkedHashMap<>();
  private final Set<String> done = new HashSet<>();
  private final DisplayReader displayReader;

  ComponentStep(ProcessingEnvironment env) {
    this.env = env;
    this.displayReader = new DisplayReader(env.getFiler());
    this.models = new ComponentModelFactory(env.getElementUtils(), env.getTypeUtils(), env.getFiler());
  }

  @Override
  public Set<String> annotations() {
    return AnnotationNames.COMPONENT;
  }

  @Override
  public void process(RoundEnvironment round) {
    // Sort to keep output (and the order of messages) deterministic.
    Map<String, TypeElement> classes = new TreeMap<>();
    for (String name : deferred.keySet()) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type != null) {
        classes.put(name, type);
      }
    }
    deferred.clear();
    for (Element e : ProcessingStep.annotatedWithAny(env.getElementUtils(), round, annotations())) {
      if (e.getEnclosingElement() instanceof TypeElement type) {
        classes.put(type.getQualifiedName().toString(), type);
      }
    }
    for (TypeElement type : classes.values()) {
      if (!done.contains(type.getQualifiedName().toString())) {
        processClass(type);
      }
    }
  }

  private void processClass(TypeElement type) {
    Report report = new Report();
    ComponentModel model;
    try {
      model = models.create(type);
    } catch (MissingTypeException e) {
      deferred.put(type.getQualifiedName().toString(), e.getMessage());
      return;
    }
    done.add(type.getQualifiedName().toString());
    ComponentValidator.validate(model, report);
    DisplayModel displayModel = displayReader.read(type, ToolMethods.of(type, model.tools()));
    DisplayValidator.validate(displayModel, report);
    report.printTo(env.getMessager());
    if (!report.isClean() || model.isEmpty()) {
      return;
    }
    write(model, Display.of(displayModel));
  }

  /**
   * Whether code in {@code module} can see the packages of module {@code name}: always on the class
   * path; in a named module when it requires {@code name}, or a module that requires it transitively.
   */
  static boolean reads(ModuleElement module, String name) {
    if (module == null || module.isUnnamed() || module.getQualifiedName().contentEquals(name)) {
      return true;
    }
    Set<ModuleElement> seen = new HashSet<>();
    for (RequiresDirective r : ElementFilter.requiresIn(module.getDirectives())) {
      if (r.getDependency().getQualifiedName().contentEquals(name) || readsTransitively(r.getDependency(), name, seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean readsTransitively(ModuleElement module, String name, Set<ModuleElement> seen) {
    if (!seen.add(module)) {
      return false;
    }
    for (RequiresDirective r : ElementFilter.requiresIn(module.getDirectives())) {
      if (r.isTransitive() && (r.getDependency().getQualifiedName().contentEquals(name)
          || readsTransitively(r.getDependency(), name, seen))) {
        return true;
      }
    }
    return false;
  }

  private void write(ComponentModel model, Display display) {
    ObjectNode descriptorTree = DescriptorWriter.descriptorFile(model);
    display.applyTo(descriptorTree);
    DescriptorWriter.Printed descriptor = DescriptorWriter.print(descriptorTree);
    JavaFile source = FactoryWriter.write(model, descriptor.digest(),
        reads(env.getElementUtils().getModuleOf(model.element()), RuntimeTypes.GENERATED_MODULE));
    try {
      // Rendered whole, then written at once: JavaPoet writes token by token, and each write
      // through the Filer's writer is an encoder call of its own.
      StringBuilder text = new StringBuilder(32 * 1024);
      source.writeTo(text);
      JavaFileObject sourceFile = env.getFiler().createSourceFile(
          model.generated().canonicalName(), model.element());
      try (Writer w = sourceFile.openWriter()) {
        w.write(text.toString());
      }
      FileObject file = env.getFiler().createResource(
          StandardLocation.CLASS_OUTPUT, "", GeneratedNames.descriptorResource(model.binaryName()), model.element());
      try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        w.write(descriptor.text());
      }
      if (!model.widgets().isEmpty()) {
        WidgetFilesWriter files = new WidgetFilesWriter(env.getFiler());
        if (!model.widgets().templates().isEmpty()) {
          files.writeWidgets(model.binaryName(), model.widgets().templates(), model.element());
        }
        files.writeDeclarations(model.binaryName(), declarations(model, descriptorTree), model.element());
      }
    } catch (IOException e) {
      env.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
          Diagnostic.McpProcessorFailure.format(model.annotatedClass(), "cannot write output: " + e), model.element());
    }
  }

  /** TypeScript declarations of the class's tools, from the schemas of its descriptors and of their widget data. */
  private static String declarations(ComponentModel model, ObjectNode descriptorFile) {
    List<TypeScriptDeclarations.Tool> tools = new ArrayList<>();
    for (JsonNode tool : descriptorFile.path("tools")) {
      JsonNode output = tool.get("outputSchema");
      String name = tool.path("name").asText();
      ObjectNode meta = model.tools().stream().filter(t -> t.name().equals(name)).findFirst()
          .map(t -> SchemaWriter.widgetDataSchema(model, t)).orElse(null);
      tools.add(new TypeScriptDeclarations.Tool(
          name,
          tool.path("description").asText(""),
          (ObjectNode) tool.get("inputSchema"),
          output instanceof ObjectNode o ? o : null,
          meta));
    }
    return TypeScriptDeclarations.write(model.annotatedClass().canonicalName(), tools);
  }

  @Override
  public void finish() {
    List<String> names = new ArrayList<>(deferred.keySet());
    for (String name : names) {
      TypeElement type = env.getElementUtils().getTypeElement(name);
      if (type != null) {
        env.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
            Diagnostic.McpUnresolvedType.format(name, deferred.get(name)), type);
      }
    }
    deferred.clear();
  }
}
