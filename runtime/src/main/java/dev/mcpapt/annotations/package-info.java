/**
 * The annotations a server is written with ({@code @Tool}, {@code @Param}, {@code @Resource},
 * {@code @Prompt}, {@code @Complete}, {@code @OutputTemplate}, {@code @Skill}, ...). The processor
 * reads them at compile time; they have class retention and nothing reads them at run time.
 */
package dev.mcpapt.annotations;
