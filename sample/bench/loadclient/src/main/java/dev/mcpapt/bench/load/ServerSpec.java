package dev.mcpapt.bench.load;

/**
 * A server under test: a name for the report, the shell command that serves stdio, and the one that
 * serves Streamable HTTP on the port written as {@code {port}}, at {@code path}. Either command may
 * be null when the server has no such transport.
 */
record ServerSpec(String name, String stdioCommand, String httpCommand, String path) {}
