/**
 * The mcp-apt runtime: the annotations, the API a program and its tools use, the contract the
 * generated code is written against, and the transports. The protocol engine and everything that
 * serves it (features, tasks' machinery, requestState, skills, telemetry, the dev host) are internal:
 * they are not exported, so nothing outside this module can come to depend on them.
 * docs/architecture.md says why each package is or is not exported.
 */
module dev.mcpapt.runtime {
  // The generated code and the API hand out Jackson's tree and generator.
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http2.server;
  requires com.nimbusds.jose.jwt;
  requires java.net.http;
  // JdbcTaskStore is built over the application's DataSource.
  requires transitive java.sql;
  requires java.management;

  // Optional: only the class that uses each one loads it, after checking it is there. Not
  // transitive: javac would then demand them of every module that requires this one. A module that
  // uses McpServlet or passes an OpenTelemetry requires those itself.
  requires static jakarta.servlet;
  requires static io.opentelemetry.api;
  requires static io.opentelemetry.context;
  requires static org.postgresql.jdbc;
  requires static com.zaxxer.hikari;

  exports dev.mcpapt.annotations;
  exports dev.mcpapt.runtime;
  exports dev.mcpapt.runtime.spi;
  exports dev.mcpapt.runtime.widget;
  exports dev.mcpapt.runtime.auth;
  exports dev.mcpapt.runtime.health;
  exports dev.mcpapt.runtime.store;
  exports dev.mcpapt.runtime.tasks;
  exports dev.mcpapt.runtime.transport.http;
  exports dev.mcpapt.runtime.transport.stdio;

  uses dev.mcpapt.runtime.spi.McpComponentFactory;
}
