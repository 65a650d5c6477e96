/**
 * Identity and authorization: the OAuth 2.1 resource server of the HTTP transports (token
 * verification, Protected Resource Metadata, scope checks) and the {@link
 * dev.mcpapt.runtime.auth.Principal} a tool method sees.
 */
package dev.mcpapt.runtime.auth;
