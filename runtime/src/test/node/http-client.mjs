// Drives an MCP server over HTTP with the official TypeScript SDK client and prints one JSON
// report on stdout. Usage: node http-client.mjs '<json config>'
//   config: { url, transport: "streamable" | "sse", revision }  (revision offered in initialize)
// The scenario: connect, tools/list, calls (text, progress, unknown tool), concurrent calls,
// ping, and for Streamable HTTP the session id and its termination (DELETE).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';

const config = JSON.parse(process.argv[2]);
const report = { steps: {} };
const url = new URL(config.url);
const transport = config.transport === 'sse' ? new SSEClientTransport(url) : new StreamableHTTPClientTransport(url);
if (config.revision) {
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
  report.protocolVersion = transport.protocolVersion ?? transport._protocolVersion ?? null;
  report.sessionId = transport.sessionId ?? null;
  report.serverVersion = client.getServerVersion();
  await step('list', async () => (await client.listTools()).tools.map((t) => t.name));
  await step('echo', async () => text(await client.callTool({ name: 'echo', arguments: { text: 'hello over http' } })));
  await step('progress', async () => {
    const seen = [];
    const r = await client.callTool({ name: 'steps', arguments: { steps: 4 } }, undefined, {
      onprogress: (p) => seen.push(p.progress),
    });
    return { text: text(r), progress: seen };
  });
  await step('unknownTool', async () => {
    const r = await client.callTool({ name: 'no_such_tool', arguments: {} });
    return { isError: !!r.isError, text: text(r) };
  });
  await step('concurrent', async () => {
    const calls = [];
    for (let i = 0; i < 10; i++) {
      calls.push(client.callTool({ name: 'echo', arguments: { text: 'c' + i } }).then(text));
    }
    return await Promise.all(calls);
  });
  await step('ping', async () => { await client.ping(); return 'pong'; });
  if (config.transport !== 'sse') {
    await step('terminate', async () => {
      await transport.terminateSession();
      return transport.sessionId ?? null;
    });
  }
} catch (e) {
  report.error = String(e?.stack ?? e);
} finally {
  try {
    await client.close();
  } catch {
    // closing after a failure
  }
}
console.log(JSON.stringify(report));
process.exit(0);
