/**
 * The server features beyond tools, registered with the engine as method handlers: resources,
 * templates and subscriptions, prompts, completion, logging, pagination, skills, and the client
 * inputs (elicitation, sampling, roots) behind one API. Internal.
 */
package dev.mcpapt.runtime.features;
