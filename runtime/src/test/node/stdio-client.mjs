// Drives an MCP server over stdio with the official TypeScript SDK client and prints one JSON
// report on stdout. Usage: node stdio-client.mjs '<json config>'
//   config: { command, args, revision }  (revision: the protocol version to offer in initialize)
// The scenario: initialize, tools/list, calls (structured, text, tool errors, unknown tool),
// concurrency (a blocked call does not block another), progress, cancellation.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const config = JSON.parse(process.argv[2]);
const report = { steps: {} };

const transport = new StdioClientTransport({ command: config.command, args: config.args, stderr: 'inherit' });
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

const client = new Client({ name: 'mcp-apt-ts-test', version: '1.0.0' }, { capabilities: {} });
const text = (result) => result.content?.[0]?.text;

async function step(name, fn) {
  try {
    report.steps[name] = { ok: true, value: await fn() };
  } catch (e) {
    report.steps[name] = { ok: false, code: e?.code, message: String(e?.message ?? e) };
  }
}

try {
  await client.connect(transport);
  report.protocolVersion = transport._protocolVersion ?? null;
  report.serverVersion = client.getServerVersion();
  report.capabilities = client.getServerCapabilities();

  await step('list', async () => (await client.listTools()).tools.map((t) => ({
    name: t.name, hasOutputSchema: !!t.outputSchema, hasTitle: !!t.title, hasAnnotations: !!t.annotations,
  })));
  await step('add', async () => {
    const r = await client.callTool({ name: 'add', arguments: { a: 2, b: 40 } });
    return { text: text(r), structured: r.structuredContent ?? null, isError: !!r.isError };
  });
  await step('greet', async () => text(await client.callTool({ name: 'greet', arguments: { name: 'Ada' } })));
  await step('divideByZero', async () => {
    const r = await client.callTool({ name: 'divide', arguments: { dividend: 1, divisor: 0 } });
    return { text: text(r), isError: !!r.isError };
  });
  await step('invalidArguments', async () => {
    const r = await client.callTool({ name: 'divide', arguments: { dividend: 'one' } });
    return { text: text(r), isError: !!r.isError };
  });
  await step('explode', async () => {
    const r = await client.callTool({ name: 'explode', arguments: { reason: 'kaboom' } });
    return { text: text(r), isError: !!r.isError };
  });
  await step('unknownTool', async () => client.callTool({ name: 'nope', arguments: {} }));
  await step('concurrency', async () => {
    const blocked = client.callTool({ name: 'await', arguments: { key: 'ts' } });
    const released = await client.callTool({ name: 'signal', arguments: { key: 'ts' } });
    return [text(released), text(await blocked)];
  });
  await step('progress', async () => {
    const updates = [];
    const r = await client.callTool({ name: 'work', arguments: { key: 'ts-progress', millis: 5 } }, undefined,
      { onprogress: (p) => updates.push(p) });
    return { text: text(r), updates: updates.length };
  });
  await step('cancellation', async () => {
    const controller = new AbortController();
    const call = client.callTool({ name: 'work', arguments: { key: 'ts-cancel', millis: 60000 } }, undefined,
      { signal: controller.signal });
    const settled = call.then(() => 'completed', () => 'aborted');
    const started = text(await client.callTool({ name: 'work_started', arguments: { key: 'ts-cancel' } }));
    controller.abort('changed my mind');
    const outcome = await settled;
    const interrupted = text(await client.callTool({ name: 'was_interrupted', arguments: { key: 'ts-cancel' } }));
    return { started, outcome, interrupted };
  });
  await step('ping', async () => client.ping());
} catch (e) {
  report.fatal = String(e?.stack ?? e);
} finally {
  await client.close().catch(() => {});
}
process.stdout.write(JSON.stringify(report) + '\n');
