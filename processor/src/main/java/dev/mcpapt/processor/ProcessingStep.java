package dev.mcpapt.processor;

import java.util.Set;
import javax.annotation.processing.RoundEnvironment;

/**
 * One unit of work of a processor, after auto-common's {@code Step} without its Guava dependency:
 * it names the annotations it handles, processes each round, and reports what it could not finish
 * when processing ends.
 */
interface ProcessingStep {
  /** Qualified names of the annotations this step handles. */
  Set<String> annotations();

  /** Handles the elements of one round, deferring those whose types are not generated yet. */
  void process(RoundEnvironment round);

  /** Called once in the last round: reports elements still deferred. */
  void finish();
}
