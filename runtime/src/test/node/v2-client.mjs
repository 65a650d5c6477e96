// Drives an mcp-apt server with the official TypeScript v2 client (@modelcontextprotocol/client)
// over stdio or Streamable HTTP and prints one JSON report on stdout: version negotiation in each
// of the client's modes, multi round-trip (MRTR) auto-fulfilment, subscriptions/listen, and the
// client's response cache fed by the server's ttlMs/cacheScope hints. Every message each client
// sent and received is recorded in the report, so the test can check the server's side against
// the schema of the revision in use.
// This client version cannot pin a 2025 revision (it rejects { pin: '2025-11-25' } before sending
// anything); its 2025 path is mode 'legacy', also its default. The pinned-2025 attempt is kept to
// record that refusal.
// Usage: node v2-client.mjs '<json config>'
//   config: { transport: "stdio", command, args } or { transport: "http", url }
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

const config = JSON.parse(process.argv[2]);
const report = { clients: {} };
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const text = (r) => r?.content?.[0]?.text ?? null;

/** A transport whose traffic (both ways) lands in `wire`, captured under the client's own handlers. */
function recorded(wire) {
  const t = config.transport === 'http'
    ? new StreamableHTTPClientTransport(new URL(config.url))
    : new StdioClientTransport({ command: config.command, args: config.args, stderr: 'inherit' });
  const send = t.send.bind(t);
  t.send = (message, options) => {
    wire.push({ dir: 'out', message });
    return send(message, options);
  };
  let handler;
  Object.defineProperty(t, 'onmessage', {
    configurable: true,
    get: () => handler,
    set: (h) => {
      handler = h && ((message, extra) => {
        wire.push({ dir: 'in', message });
        h(message, extra);
      });
    },
  });
  return t;
}

/** One client in one negotiation mode; `body` runs its checks into `out.steps`. */
async function session(name, versionNegotiation, body) {
  const out = { steps: {}, wire: [] };
  report.clients[name] = out;
  const client = new Client({ name: 'mcp-apt-v2-client', version: '1.0.0' }, {
    capabilities: { elicitation: { form: {} }, sampling: {}, roots: {} },
    ...(versionNegotiation === undefined ? {} : { versionNegotiation }),
  });
  client.setRequestHandler('elicitation/create', async (request) => {
    out.elicited = (out.elicited ?? 0) + 1;
    return { action: 'accept', content: { name: request.params.message.includes('Who') ? 'Lin' : 'Ada' } };
  });
  client.setRequestHandler('sampling/createMessage', async () => (
    { role: 'assistant', model: 'test-model', content: { type: 'text', text: 'a haiku' } }));
  client.setRequestHandler('roots/list', async () => ({ roots: [{ uri: 'file:///projects/demo', name: 'demo' }] }));
  const step = async (key, fn) => {
    try {
      out.steps[key] = { ok: true, value: await fn() };
    } catch (e) {
      out.steps[key] = { ok: false, code: e?.code ?? null, message: String(e?.message ?? e) };
    }
  };
  try {
    await client.connect(recorded(out.wire));
    out.era = client.getProtocolEra() ?? null;
    out.version = client.getNegotiatedProtocolVersion() ?? null;
    out.discovered = client.getDiscoverResult()?.supportedVersions ?? null;
    await body(client, step, out);
  } catch (e) {
    out.fatal = String(e?.message ?? e);
    out.fatalCode = e?.code ?? null;
  } finally {
    await client.close().catch(() => {});
  }
}

const greet = (client) => async () => text(await client.callTool({ name: 'greet', arguments: {} }));
const sent = (out, method) => out.wire.filter((w) => w.dir === 'out' && w.message.method === method).length;

// The client's default mode (no versionNegotiation option) and 'auto'.
await session('default', undefined, async (client, step) => {
  await step('greet', greet(client));
});
await session('auto', { mode: 'auto' }, async (client, step, out) => {
  await step('greet', greet(client));
  await step('everything', async () => text(await client.callTool({ name: 'everything', arguments: {} })));

  // subscriptions/listen: list changes and one resource, triggered by tools of the server.
  const heard = [];
  client.setNotificationHandler('notifications/tools/list_changed', () => heard.push('tools'));
  client.setNotificationHandler('notifications/resources/updated', (n) => heard.push('updated ' + n.params.uri));
  let subscription;
  await step('listen', async () => {
    subscription = await client.listen({ toolsListChanged: true, resourceSubscriptions: ['test://static-text'] });
    return subscription.honoredFilter;
  });

  // Caching hints: the list result's, and the client's cache serving the second list.
  await step('listTools', async () => {
    const first = await client.listTools();
    const wireBefore = sent(out, 'tools/list');
    await client.listTools();
    return { ttlMs: first.ttlMs ?? null, cacheScope: first.cacheScope ?? null, tools: first.tools.length,
      listsOnWire: wireBefore, listsOnWireAfterSecond: sent(out, 'tools/list') };
  });
  await step('readCounted', async () => {
    const first = await client.readResource({ uri: 'test://counted' });
    const again = await client.readResource({ uri: 'test://counted' });
    const bypass = await client.readResource({ uri: 'test://counted' }, { cacheMode: 'bypass' });
    return { ttlMs: first.ttlMs ?? null, cacheScope: first.cacheScope ?? null,
      texts: [first, again, bypass].map((r) => r.contents[0].text), readsOnWire: sent(out, 'resources/read') };
  });

  await step('changeTools', async () => text(await client.callTool({ name: 'change_tools', arguments: {} })));
  await step('touch', async () => text(await client.callTool({ name: 'touch', arguments: { uri: 'test://static-text' } })));
  for (let i = 0; i < 100 && heard.length < 2; i++) {
    await wait(100);
  }
  out.heard = heard;
  // list_changed evicts the cached tools/list: the next listTools goes to the server again.
  await step('listAfterChange', async () => {
    const before = sent(out, 'tools/list');
    await client.listTools();
    return sent(out, 'tools/list') - before;
  });
  await step('closeListen', async () => {
    await subscription?.close();
    return subscription ? await subscription.closed : null;
  });
});
await session('pin2026', { mode: { pin: '2026-07-28' } }, async (client, step) => {
  await step('greet', greet(client));
});
await session('pin2025', { mode: { pin: '2025-11-25' } }, async (client, step) => {
  await step('greet', greet(client));
});
await session('legacy', { mode: 'legacy' }, async (client, step) => {
  await step('greet', greet(client));
  await step('listen', async () => client.listen({ toolsListChanged: true }));
});

process.stdout.write(JSON.stringify(report) + '\n');
process.exit(0);
