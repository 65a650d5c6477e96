package dev.mcpapt.processor;

import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import dev.mcpapt.processor.names.AnnotationNames;
import dev.mcpapt.processor.skill.SkillFilesWriter;
import dev.mcpapt.processor.skill.SkillModel;
import dev.mcpapt.processor.skill.SkillReader;
import dev.mcpapt.processor.skill.SkillSource;
import dev.mcpapt.processor.validation.SkillValidator;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The skills step: for each class with {@code @Skill}, read its skills as written
 * ({@link SkillReader}), check them ({@link SkillValidator}), print every error, and only if there
 * was none write the skill files and their index ({@link SkillFilesWriter}).
 */
final class SkillStep implements ProcessingStep {
  private final ProcessingEnvironment env;
  private final SkillReader reader;
  private final Set<String> done = new HashSet<>();

  SkillStep(ProcessingEnvironment env) {
    this.env = env;
    this.reader = new SkillReader(env.getFiler());
  }

  @Override
  public Set<String> annotations() {
    return Set.of(AnnotationNames.SKILL, AnnotationNames.SKILLS);
  }

  @Override
  public void process(RoundEnvironment round) {
    Map<String, TypeElement> classes = new TreeMap<>();
    for (Element e : ProcessingStep.annotatedWithAny(env.getElementUtils(), round, annotations())) {
      if (e instanceof TypeElement type) {
        classes.put(type.getQualifiedName().toString(), type);
      }
    }
    for (TypeElement type : classes.values()) {
      if (done.add(type.getQualifiedName().toString())) {
        processClass(type);
      }
    }
  }

  private static boolean isComponent(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      for (AnnotationMirror m : method.getAnnotationMirrors()) {
        String name = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
        if (AnnotationNames.MEMBERS.contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void finish() {
    // nothing is deferred: a skill needs no generated type
  }

  private void processClass(TypeElement type) {
    Report report = new Report();
    if (!isComponent(type)) {
      // Skills are served with their component; without one they would silently vanish.
      AnnotationMirror first = SkillReader.declared(type).get(0).at();
      report.error(Diagnostic.McpSkillWithoutComponent, type, first, null, type.getSimpleName());
      report.printTo(env.getMessager());
      return;
    }
    List<SkillSource> sources = reader.read(type);
    SkillValidator.validate(type, sources, report);
    report.printTo(env.getMessager());
    if (!report.isClean() || sources.isEmpty()) {
      return;
    }
    List<SkillModel> skills = sources.stream().map(SkillSource::toModel).toList();
    String binaryName = env.getElementUtils().getBinaryName(type).toString();
    try {
      new SkillFilesWriter(env.getFiler()).write(binaryName, skills, type);
    } catch (IOException e) {
      env.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
          Diagnostic.McpProcessorFailure.format(type.getQualifiedName(), "cannot write skill files: " + e), type);
    }
  }
}
