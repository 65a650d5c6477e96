// Drives the Spring Boot task sample with the official TypeScript clients over Streamable HTTP:
// the v1 SDK (@modelcontextprotocol/sdk, a 2025-11-25 session) and the v2 client
// (@modelcontextprotocol/client, pinned to the stateless 2026-07-28). Prints one JSON report.
// Usage: node spring-tasks-client.mjs '{"url":"http://127.0.0.1:PORT/mcp"}'
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as TransportV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

const config = JSON.parse(process.argv[2]);
const report = { v1: {}, v2: {} };
const text = (r) => r?.content?.[0]?.text ?? null;
const call = async (client, name, args) => {
  const r = await client.callTool({ name, arguments: args });
  return { isError: r.isError === true, text: text(r), structured: r.structuredContent ?? null };
};

async function steps(out, fn) {
  try {
    await fn(out);
  } catch (e) {
    out.failure = { code: e?.code ?? null, message: String(e?.message ?? e) };
  }
}

// v1: a session; the list as the model and the widget see it.
const v1 = new ClientV1({ name: 'spring-tasks-v1', version: '1.0.0' }, { capabilities: {} });
await steps(report.v1, async (out) => {
  const transport = new TransportV1(new URL(config.url));
  await v1.connect(transport);
  out.protocolVersion = transport.protocolVersion ?? null;
  out.server = v1.getServerVersion();
  out.instructions = v1.getInstructions() ?? null;
  out.tools = (await v1.listTools()).tools.map((t) => t.name).sort();
  out.added = await call(v1, 'add_task', { title: 'Buy milk' });
  out.addedTwo = await call(v1, 'add_tasks', { titles: ['Walk the dog', 'Call Ada'] });
  out.refusedBatch = await call(v1, 'add_tasks', { titles: ['Kept only if all are fine', ''] });
  out.afterRefused = await call(v1, 'list_tasks', {});
  out.completed = await call(v1, 'complete_task', { task_id: out.added.structured.id });
  out.badArgument = await call(v1, 'complete_task', { task_id: 'one' });
  out.missing = await call(v1, 'delete_task', { task_id: 999999 });
  out.deleted = await call(v1, 'delete_task', { task_id: out.addedTwo.structured.tasks[0].id });
  out.final = await call(v1, 'list_tasks', {});
  await v1.close();
});

// v2, stateless 2026-07-28: the same list, read without a session.
const v2 = new Client({ name: 'spring-tasks-v2', version: '1.0.0' },
  { capabilities: {}, versionNegotiation: { mode: { pin: '2026-07-28' } } });
await steps(report.v2, async (out) => {
  await v2.connect(new StreamableHTTPClientTransport(new URL(config.url)));
  out.protocolVersion = v2.getNegotiatedProtocolVersion?.() ?? null;
  out.tools = (await v2.listTools()).tools.map((t) => t.name).sort();
  out.list = await call(v2, 'list_tasks', {});
  out.added = await call(v2, 'add_task', { title: 'From the v2 client' });
  await v2.close();
});

console.log(JSON.stringify(report));
