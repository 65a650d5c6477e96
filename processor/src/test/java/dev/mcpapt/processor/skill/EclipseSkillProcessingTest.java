package dev.mcpapt.processor.skill;

import dev.mcpapt.processor.Compilations;

/** The {@code @Skill} cases of {@link SkillProcessingTest} again, under Eclipse's compiler (ecj). */
class EclipseSkillProcessingTest extends SkillProcessingTest {
  @Override
  Compilations.Tool tool() {
    return Compilations.Tool.ECJ;
  }
}
