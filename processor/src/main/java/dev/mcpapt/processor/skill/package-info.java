/**
 * Agent skills ({@code @Skill}): each folder read as written with what it holds
 * ({@link dev.mcpapt.processor.skill.SkillSource}), checked in {@code validation}, then copied to
 * the class output with a digest of every file and an index the runtime serves.
 */
package dev.mcpapt.processor.skill;
