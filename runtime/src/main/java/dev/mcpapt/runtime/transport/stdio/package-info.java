/** MCP over stdio: newline-delimited JSON-RPC on standard input and output, logs on stderr. */
package dev.mcpapt.runtime.transport.stdio;
