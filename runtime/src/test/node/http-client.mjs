// Drives an MCP server over HTTP with the official TypeScript SDK client and prints one JSON
// report on stdout. Usage: node http-client.mjs '<json config>'
//   config: { url, transport: "streamable" | "sse", revision }  (revision offered in initialize)
// The server is the blackbox Calculator (add, greet, work, work_started, was_interrupted, await,
// signal). The scenario: list, calls, a tool error, progress, concurrency, cancellation, ping,
// and for Streamable HTTP the session id and its termination with DELETE.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';

const config = JSON.parse(process.argv[2]);
const report = { steps: {} };
const url = new URL(config.url);
const streamable = config.transport !== 'sse';
const transport = streamable ? new StreamableHTTPClientTransport(url) : new SSEClientTransport(url);
if (config.revision) {
  // Offer exactly this revision, as an older client would.
  const send = transport.send.bind(transport);
  transport.send = (message, options) => {
    if (message.method === 'initialize') {
      message.params.protocolVersion = config.revision;
    }
    return send(message, options);
  };
}
const client = new Client({ name: 'mcp-apt-ts-http-test', version: '1.0.0' }, { capabilities: {} });
const text = (r) => r.content?.[0]?.text;

async function step(name, fn) {
  try {
    report.steps[name] = { ok: true, value: await fn() };
  } catch (e) {
    report.steps[name] = { ok: false, code: e?.code, message: String(e?.message ?? e) };
  }
}

try {
  await client.connect(transport);
  report.protocolVersion = transport.protocolVersion ?? null;
  report.sessionId = streamable ? transport.sessionId ?? null : null;
  report.serverVersion = client.getServerVersion();
  await step('list', async () => (await client.listTools()).tools.map((t) => t.name));
  await step('add', async () => {
    const r = await client.callTool({ name: 'add', arguments: { a: 2, b: 40 } });
    return { text: text(r), structured: r.structuredContent ?? null };
  });
  await step('greet', async () => text(await client.callTool({ name: 'greet', arguments: { name: 'HTTP' } })));
  await step('divideByZero', async () => {
    const r = await client.callTool({ name: 'divide', arguments: { dividend: 1, divisor: 0 } });
    return { isError: !!r.isError, text: text(r) };
  });
  await step('progress', async () => {
    const updates = [];
    const r = await client.callTool({ name: 'work', arguments: { key: 'http-progress', millis: 50 } }, undefined,
      { onprogress: (p) => updates.push(p.progress) });
    return { text: text(r), updates };
  });
  await step('concurrency', async () => {
    const blocked = client.callTool({ name: 'await', arguments: { key: 'http-' + config.transport } });
    const released = await client.callTool({ name: 'signal', arguments: { key: 'http-' + config.transport } });
    return [text(released), text(await blocked)];
  });
  await step('cancellation', async () => {
    const key = 'http-cancel-' + config.transport + '-' + (config.revision ?? 'latest');
    const controller = new AbortController();
    const call = client.callTool({ name: 'work', arguments: { key, millis: 60000 } }, undefined,
      { signal: controller.signal });
    const settled = call.then(() => 'completed', () => 'aborted');
    const started = text(await client.callTool({ name: 'work_started', arguments: { key } }));
    controller.abort('changed my mind');
    const outcome = await settled;
    const interrupted = text(await client.callTool({ name: 'was_interrupted', arguments: { key } }));
    return { started, outcome, interrupted };
  });
  await step('ping', async () => { await client.ping(); return 'pong'; });
  if (streamable) {
    await step('terminate', async () => {
      await transport.terminateSession();
      return transport.sessionId ?? null;
    });
  }
} catch (e) {
  report.fatal = String(e?.stack ?? e);
} finally {
  await client.close().catch(() => {});
}
process.stdout.write(JSON.stringify(report) + '\n');
process.exit(0);
