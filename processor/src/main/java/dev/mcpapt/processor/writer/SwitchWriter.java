package dev.mcpapt.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A switch over a class's members of one kind (tools, resources, templates, prompts,
 * completions), one {@code case} per member, numbered by its position: where the descriptor file
 * lists the members, the runtime numbers them in the same order. The switch is referenced once,
 * where the component lists the members; a method per member, each referenced by name, costs javac
 * a method reference to resolve per member.
 *
 * <p>Past {@value #CASES_PER_METHOD} cases the switch is split over several methods ({@code
 * callTools0}, {@code callTools1}...), and the named method dispatches to them, so that none grows
 * past the 8,000 bytes of bytecode the JIT still compiles.
 */
final class SwitchWriter {
  /** Cases per switch method: a case is up to a few hundred bytes of bytecode. */
  static final int CASES_PER_METHOD = 24;

  private SwitchWriter() {}

  /**
   * The switch.
   *
   * @param name the switch's method name
   * @param javadoc its Javadoc, one line
   * @param signature a method of that name with the switch's return type and parameters, the
   *     first the member number
   * @param parameters the switch's parameter names, the member number first
   * @param members the members' numbers
   * @param label the comment of a member's case (its name or URI)
   * @param body the statements of a member's case, ending in {@code return} or {@code throw}
   */
  static void add(TypeSpec.Builder factory, String name, String javadoc, Function<String, MethodSpec.Builder> signature,
      List<String> parameters, List<Integer> members, IntFunction<String> label, IntFunction<CodeBlock> body) {
    String number = parameters.get(0);
    if (members.size() <= CASES_PER_METHOD) {
      factory.addMethod(signature.apply(name).addJavadoc(javadoc + "\n")
          .addCode(cases(number, members, label, body)).build());
      return;
    }
    CodeBlock.Builder dispatch = CodeBlock.builder().beginControlFlow("switch ($N)", number);
    for (int from = 0, part = 0; from < members.size(); from += CASES_PER_METHOD, part++) {
      List<Integer> chunk = members.subList(from, Math.min(members.size(), from + CASES_PER_METHOD));
      String partName = name + part;
      for (int i : chunk) {
        dispatch.add("case $L:\n", i);
      }
      dispatch.add("$>return $N($L);\n$<", partName, String.join(", ", parameters));
      factory.addMethod(signature.apply(partName)
          .addJavadoc("Numbers $L to $L of {@link #$N}.\n", chunk.get(0), chunk.get(chunk.size() - 1), name)
          .addCode(cases(number, chunk, label, body)).build());
    }
    factory.addMethod(signature.apply(name).addJavadoc(javadoc + "\n")
        .addCode(defaultCase(dispatch, number).endControlFlow().build()).build());
  }

  private static CodeBlock cases(String number, List<Integer> members, IntFunction<String> label,
      IntFunction<CodeBlock> body) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch ($N)", number);
    for (int i : members) {
      cases.add("case $L: { // $L\n$>", i, label.apply(i).replaceAll("[\\r\\n]+", " ")).add(body.apply(i)).add("$<}\n");
    }
    return defaultCase(cases, number).endControlFlow().build();
  }

  /** Unreachable: the runtime calls only the numbers it counted itself. */
  private static CodeBlock.Builder defaultCase(CodeBlock.Builder code, String number) {
    return code.add("default:\n$>throw new $T($S + $N);\n$<", IllegalArgumentException.class, "no " + number + " number ",
        number);
  }
}
