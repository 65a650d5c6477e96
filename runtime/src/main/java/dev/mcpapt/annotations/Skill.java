package dev.mcpapt.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An agent skill served with this class's tools, through the {@code io.modelcontextprotocol/skills}
 * extension ({@code skills/list}, {@code skills/get}, {@code resources/directory/read}) and as
 * {@code skill://} resources.
 *
 * <p>{@link #path()} names a class-path folder (under {@code src/main/resources}) holding a
 * {@code SKILL.md} with YAML frontmatter and any other files. At compile time the processor reads
 * the folder, checks the frontmatter against the Agent Skills rules (a {@code name} of 1 to 64
 * characters from {@code a-z}, {@code 0-9} and single inner hyphens, equal to the folder's name; a
 * {@code description} of 1 to 1,024 characters) and the extension's limits (512 files, 16 MiB),
 * and records each file's size and SHA-256 digest. A bad skill is a compile error here.
 *
 * <p>The annotated class must be a component (it declares {@code @Tool}, {@code @Resource},
 * {@code @ResourceTemplate} or {@code @Prompt} methods; anywhere else {@code @Skill} is a compile
 * error): its skills are served while it is.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Skills.class)
public @interface Skill {
  /**
   * The class-path folder of the skill, e.g. {@code "skills/pdf-processing"} for
   * {@code src/main/resources/skills/pdf-processing/SKILL.md}. Its last segment is the skill's name.
   */
  String path();

  /**
   * An optional organizational prefix of the skill's URI, e.g. {@code "acme/billing"} serves
   * {@code skill://acme/billing/refunds/SKILL.md}; empty serves {@code skill://refunds/SKILL.md}.
   */
  String prefix() default "";
}
