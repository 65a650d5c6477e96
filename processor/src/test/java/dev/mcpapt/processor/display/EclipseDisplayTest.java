package dev.mcpapt.processor.display;

import dev.mcpapt.processor.Compilations;

/** The icon, annotation and title cases of {@link DisplayTest} again, under Eclipse's compiler (ecj). */
class EclipseDisplayTest extends DisplayTest {
  @Override
  Compilations.Tool tool() {
    return Compilations.Tool.ECJ;
  }
}
