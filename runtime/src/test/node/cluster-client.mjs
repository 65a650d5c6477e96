// Drives three mcp-apt nodes behind a round-robin load balancer (no affinity) with the official
// TypeScript SDK clients and prints one JSON report on stdout. Usage: node cluster-client.mjs '<json>'
//   config: { url (the balancer, nodes with --store), statelessUrl (a balancer over nodes without
//   a store), pids: { <node name>: <pid> } }
// The balancer names the node that answered in an X-Served-By response header; a fetch wrapper
// records it for every request. Scenario: one 2025-11-25 session over all nodes; notifications
// caused through other nodes reaching the session's GET stream; kill -9 of the node holding that
// stream and the SDK's own resumption with Last-Event-ID; a task polled through other nodes; a
// 2026-07-28 requestState sealed on one node and opened on another; stateless 2026-07-28 calls.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  EmptyResultSchema,
  ResourceUpdatedNotificationSchema,
  ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { Client as ClientV2, StreamableHTTPClientTransport as TransportV2 } from '@modelcontextprotocol/client';

const config = JSON.parse(process.argv[2]);
const report = { steps: {} };
const served = []; // { method, node, status }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function recordingFetch(tag) {
  return async (input, init) => {
    const response = await fetch(input, init);
    let method = init?.method ?? 'GET';
    if (method === 'POST' && typeof init?.body === 'string') {
      try {
        method = JSON.parse(init.body).method ?? 'response';
      } catch {
        method = 'POST';
      }
    }
    served.push({ tag, method, node: response.headers.get('x-served-by'), status: response.status,
      lastEventId: (init?.headers && new Headers(init.headers).get('last-event-id')) || null });
    return response;
  };
}

async function step(name, fn) {
  try {
    report.steps[name] = { ok: true, value: await fn() };
  } catch (e) {
    report.steps[name] = { ok: false, code: e?.code ?? null, message: String(e?.message ?? e) };
  }
}

async function until(what, test, ms = 30000) {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting for ' + what);
    }
    await sleep(50);
  }
}

const text = (r) => r?.content?.[0]?.text ?? null;
const updates = [];
const listChanges = [];

const transport = new StreamableHTTPClientTransport(new URL(config.url), {
  fetch: recordingFetch('session'),
  reconnectionOptions: { initialReconnectionDelay: 500, maxReconnectionDelay: 5000, reconnectionDelayGrowFactor: 1.5, maxRetries: 10 },
});
const client = new Client({ name: 'mcp-apt-cluster-test', version: '1.0.0' }, { capabilities: {} });
client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => { updates.push(n.params.uri); });
client.setNotificationHandler(ToolListChangedNotificationSchema, () => { listChanges.push(Date.now()); });

const touch = async (uri) => text(await client.callTool({ name: 'touch', arguments: { uri } }));

try {
  await client.connect(transport);
  report.sessionId = transport.sessionId ?? null;
  report.protocolVersion = transport.protocolVersion ?? null;

  await step('sessionOnEveryNode', async () => {
    const nodes = [];
    for (let i = 0; i < 9; i++) {
      nodes.push(text(await client.callTool({ name: 'whereami', arguments: {} })));
    }
    return { nodes, sessionId: transport.sessionId };
  });

  await step('notificationsAcrossNodes', async () => {
    await until('the GET stream', () => served.some((s) => s.tag === 'session' && s.method === 'GET' && s.status === 200));
    const holder = served.find((s) => s.method === 'GET' && s.status === 200).node;
    await client.request({ method: 'resources/subscribe', params: { uri: 'file:///watched' } }, EmptyResultSchema);
    const touchedBy = [];
    for (let i = 1; i <= 3; i++) {
      touchedBy.push(await touch('file:///watched'));
      touchedBy.push(await touch('file:///not-watched'));
    }
    const announcedBy = text(await client.callTool({ name: 'announce', arguments: {} }));
    await until('3 updates and a list change', () => updates.length >= 3 && listChanges.length >= 1);
    await sleep(500);
    return { holder, touchedBy, announcedBy, updates: [...updates], listChanges: listChanges.length };
  });

  await step('failover', async () => {
    const holder = served.filter((s) => s.method === 'GET' && s.status === 200).at(-1).node;
    const before = updates.length;
    process.kill(config.pids[holder], 'SIGKILL');
    const touchedBy = [];
    for (let i = 1; i <= 5; i++) {
      touchedBy.push(await touch('file:///watched'));
    }
    await until('every update logged while the stream was down', () => updates.length >= before + 5, 60000);
    await sleep(1000); // anything sent twice would arrive by now
    const gets = served.filter((s) => s.method === 'GET');
    const resumed = gets.filter((s) => s.lastEventId && s.status === 200);
    const after = [];
    for (let i = 0; i < 4; i++) {
      after.push(text(await client.callTool({ name: 'whereami', arguments: {} })));
    }
    return { killed: holder, touchedBy, received: updates.length - before, resumedOn: resumed.map((s) => s.node),
      resumedWithLastEventId: resumed.length > 0, nodesAfter: after };
  });

  await step('taskAcrossNodes', async () => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
      'Mcp-Session-Id': transport.sessionId, 'MCP-Protocol-Version': transport.protocolVersion };
    const rf = recordingFetch('task');
    let id = 100;
    const rpc = async (method, params) => {
      const r = await rf(config.url, { method: 'POST', headers, body: JSON.stringify({ jsonrpc: '2.0', id: id++, method, params }) });
      const body = await r.text();
      const json = r.headers.get('content-type')?.startsWith('text/event-stream')
        ? JSON.parse(body.split('\n').filter((l) => l.startsWith('data: ') && l.length > 6).at(-1).slice(6))
        : JSON.parse(body);
      if (json.error) {
        throw new Error(method + ': ' + json.error.message);
      }
      return { result: json.result, node: r.headers.get('x-served-by') };
    };
    const created = await rpc('tools/call', { name: 'report', arguments: { millis: 1500 }, task: { ttl: 60000 } });
    const taskId = created.result.task.taskId;
    const polls = [];
    let status = created.result.task.status;
    while (status === 'working') {
      await sleep(200);
      const g = await rpc('tasks/get', { taskId });
      status = g.result.status;
      polls.push({ node: g.node, status });
    }
    const result = await rpc('tasks/result', { taskId });
    return { createdOn: created.node, polls, status, result: text(result.result), resultFrom: result.node };
  });
  await client.close();
} catch (e) {
  report.error = String(e?.stack ?? e);
}

await step('requestStateAcrossNodes', async () => {
  const t = new TransportV2(new URL(config.url), { fetch: recordingFetch('mrtr') });
  const c = new ClientV2({ name: 'mcp-apt-cluster-test', version: '1.0.0' },
    { capabilities: { elicitation: { form: {} } }, versionNegotiation: { mode: { pin: '2026-07-28' } } });
  c.setRequestHandler('elicitation/create', async () => ({ action: 'accept', content: { name: 'Ada' } }));
  await c.connect(t);
  const r = await c.callTool({ name: 'greet', arguments: {} });
  await c.close();
  const calls = served.filter((s) => s.tag === 'mrtr' && s.method === 'tools/call');
  return { text: text(r), calls: calls.map((s) => s.node) };
});

await step('statelessWithoutStore', async () => {
  const t = new TransportV2(new URL(config.statelessUrl), { fetch: recordingFetch('stateless') });
  const c = new ClientV2({ name: 'mcp-apt-cluster-test', version: '1.0.0' },
    { capabilities: {}, versionNegotiation: { mode: { pin: '2026-07-28' } } });
  await c.connect(t);
  const nodes = [];
  for (let i = 0; i < 6; i++) {
    nodes.push(text(await c.callTool({ name: 'whereami', arguments: {} })));
  }
  const tools = (await c.listTools()).tools.map((x) => x.name);
  await c.close();
  return { nodes, tools };
});

report.served = served;
console.log(JSON.stringify(report));
process.exit(0);
