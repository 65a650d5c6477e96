package dev.mcpapt.processor;

/** The warning cases of {@link WarningTest} again, under Eclipse's compiler (ecj). */
class EclipseWarningTest extends WarningTest {
  @Override
  Compilations.Tool tool() {
    return Compilations.Tool.ECJ;
  }
}
