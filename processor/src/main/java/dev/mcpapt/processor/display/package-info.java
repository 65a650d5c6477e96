/**
 * What clients show of a member beyond its name: icons ({@code @Icon}), a resource's annotations
 * ({@code audience}, {@code priority}), prompt argument titles and the tool's
 * {@code annotations.title}. Read from the source as written ({@link DisplayModel}), checked in
 * {@code validation}, then merged into the descriptor file; the runtime leaves out what a revision does not define.
 */
package dev.mcpapt.processor.display;
