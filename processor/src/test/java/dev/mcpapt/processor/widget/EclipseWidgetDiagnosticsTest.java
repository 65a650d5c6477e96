package dev.mcpapt.processor.widget;

import dev.mcpapt.processor.Compilations;

/** Every widget diagnostic case of {@link WidgetDiagnosticsTest} again, under Eclipse's compiler (ecj). */
class EclipseWidgetDiagnosticsTest extends WidgetDiagnosticsTest {
  @Override
  Compilations.Tool tool() {
    return Compilations.Tool.ECJ;
  }
}
