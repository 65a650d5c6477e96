package dev.mcpapt.processor.widget;

import dev.mcpapt.processor.Compilations;

/** The typed widget data cases of {@link WidgetDataTest} again, under Eclipse's compiler (ecj). */
class EclipseWidgetDataTest extends WidgetDataTest {
  @Override
  Compilations.Tool tool() {
    return Compilations.Tool.ECJ;
  }
}
