// Drives an MCP server's tasks with the official TypeScript v2 client (@modelcontextprotocol/client)
// over stdio or Streamable HTTP at revision 2026-07-28, and prints one JSON report on stdout.
// Usage: node tasks-client-v2.mjs '<json config>'
//   config: { transport: "stdio", command, args } or { transport: "http", url }, plus era:
//   "modern" (2026-07-28, the io.modelcontextprotocol/tasks extension) or "legacy" (2025-11-25 tasks)
// The client sends tasks/get, tasks/update and tasks/cancel itself (with its own Mcp-Name header
// over HTTP). This client version decodes no CreateTaskResult from tools/call yet (it answers
// UNSUPPORTED_RESULT_TYPE), so the calls that create tasks are written through the client's own
// transport and their answers read from it; that is recorded in the report too.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { z } from 'zod';

const EXT = 'io.modelcontextprotocol/tasks';
const config = JSON.parse(process.argv[2]);
const report = { steps: {} };
const anyResult = z.object({}).passthrough();

function transport() {
  return config.transport === 'http'
    ? new StreamableHTTPClientTransport(new URL(config.url))
    : new StdioClientTransport({ command: config.command, args: config.args, stderr: 'inherit' });
}

async function step(name, fn) {
  try {
    report.steps[name] = { ok: true, value: await fn() };
  } catch (e) {
    report.steps[name] = { ok: false, code: e?.code ?? null, message: String(e?.message ?? e), data: e?.data ?? null };
  }
}

const text = (r) => r?.content?.[0]?.text ?? null;

// A client that does not declare the extension.
const plainTransport = transport();
const negotiation = config.era === 'legacy' ? { mode: 'legacy' } : { mode: { pin: '2026-07-28' } };
const plain = new Client({ name: 'mcp-apt-tasks-v2', version: '1.0.0' },
  { capabilities: {}, versionNegotiation: negotiation });
// A client that declares it (and can answer forms).
const taskTransport = transport();
const tasks = new Client({ name: 'mcp-apt-tasks-v2', version: '1.0.0' },
  { capabilities: { elicitation: { form: {} }, extensions: { [EXT]: {} } }, versionNegotiation: negotiation });
tasks.setRequestHandler('elicitation/create', async () => ({ action: 'accept', content: { name: 'Grace' } }));

let rawId = 0;
const waiting = new Map();
function hook(t) {
  const original = t.onmessage;
  t.onmessage = (message, extra) => {
    if (typeof message?.id === 'string' && waiting.has(message.id)) {
      waiting.get(message.id)(message);
      waiting.delete(message.id);
      return;
    }
    original?.(message, extra);
  };
}

/** tools/call through the client's transport, declaring the extension; the raw JSON-RPC answer. */
async function rawToolCall(name, args) {
  const id = `raw-${++rawId}`;
  const answered = new Promise((resolve) => waiting.set(id, resolve));
  await taskTransport.send({
    jsonrpc: '2.0', id, method: 'tools/call',
    params: {
      name, arguments: args,
      _meta: {
        'io.modelcontextprotocol/protocolVersion': '2026-07-28',
        'io.modelcontextprotocol/clientInfo': { name: 'mcp-apt-tasks-v2', version: '1.0.0' },
        'io.modelcontextprotocol/clientCapabilities': { elicitation: { form: {} }, extensions: { [EXT]: {} } },
      },
    },
  });
  return answered;
}

const get = (taskId) => tasks.request({ method: 'tasks/get', params: { taskId } }, anyResult);

async function until(taskId, statuses) {
  const deadline = Date.now() + 20000;
  let last;
  while (Date.now() < deadline) {
    last = await get(taskId);
    if (statuses.includes(last.status) || ['completed', 'failed', 'cancelled'].includes(last.status)) {
      return last;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

try {
  await plain.connect(plainTransport);
  await tasks.connect(taskTransport);
  hook(taskTransport);
  report.era = tasks.getProtocolEra() ?? null;
  report.extensions = tasks.getServerCapabilities()?.extensions ?? null;
  report.legacyTasksCapability = tasks.getServerCapabilities()?.tasks ?? null;

  if (config.era === 'legacy') {
    await legacy();
  } else {
    await modern();
  }
} catch (e) {
  report.fatal = String(e?.stack ?? e);
} finally {
  await plain.close().catch(() => {});
  await tasks.close().catch(() => {});
}
console.log(JSON.stringify(report));

/** 2025-11-25: task-augmented tools/call, tasks/get, tasks/result (with a question), tasks/list, tasks/cancel. */
async function legacy() {
  const created = (name, args) => tasks.request({ method: 'tools/call', params: { name, arguments: args, task: { ttl: 60000 } } }, anyResult);
  await step('requiredWithoutTask', async () => text(await plain.callTool({ name: 'only_task', arguments: {} })));
  await step('completes', async () => {
    const { task } = await created('work', { seconds: 0.5 });
    const payload = await tasks.request({ method: 'tasks/result', params: { taskId: task.taskId } }, anyResult);
    const polled = await tasks.request({ method: 'tasks/get', params: { taskId: task.taskId } }, anyResult);
    return { created: task.status, ttl: task.ttl, text: text(payload), status: polled.status,
      related: payload._meta?.['io.modelcontextprotocol/related-task']?.taskId === task.taskId };
  });
  await step('asksOnTasksResult', async () => {
    const { task } = await created('ask_name', {});
    return text(await tasks.request({ method: 'tasks/result', params: { taskId: task.taskId } }, anyResult));
  });
  await step('lists', async () => (await tasks.request({ method: 'tasks/list', params: {} }, anyResult)).tasks.length);
  await step('cancels', async () => {
    const { task } = await created('work', { seconds: 60 });
    return (await tasks.request({ method: 'tasks/cancel', params: { taskId: task.taskId } }, anyResult)).status;
  });
}

/** 2026-07-28: the io.modelcontextprotocol/tasks extension. */
async function modern() {
  await step('plainCall', async () => text(await plain.callTool({ name: 'plain', arguments: {} })));
  await step('optionalWithoutExtension', async () => text(await plain.callTool({ name: 'work', arguments: { seconds: 0 } })));
  await step('requiredWithoutExtension', async () => text(await plain.callTool({ name: 'only_task', arguments: {} })));
  await step('getWithoutExtension', async () => plain.request({ method: 'tasks/get', params: { taskId: 'x' } }, anyResult));
  await step('getUnknown', async () => get('no-such-task'));
  await step('clientDecodesTaskResult', async () => text(await tasks.callTool({ name: 'work', arguments: { seconds: 0 } })));

  await step('completes', async () => {
    const created = (await rawToolCall('work', { seconds: 0.5 })).result;
    const done = await until(created.taskId, ['completed']);
    return { resultType: created.resultType, status: done.status, text: text(done.result) };
  });
  await step('asksThroughUpdate', async () => {
    const created = (await rawToolCall('ask_name', {})).result;
    const waitingTask = await until(created.taskId, ['input_required']);
    const key = Object.keys(waitingTask.inputRequests ?? {})[0];
    const ack = await tasks.request({
      method: 'tasks/update',
      params: { taskId: created.taskId, inputResponses: { [key]: { action: 'accept', content: { name: 'Ada' } } } },
    }, anyResult);
    const done = await until(created.taskId, ['completed']);
    return { waiting: waitingTask.status, method: waitingTask.inputRequests?.[key]?.method ?? null,
      ack: Object.keys(ack).filter((k) => k !== '_meta'), status: done.status, text: text(done.result) };
  });
  await step('cancels', async () => {
    const created = (await rawToolCall('work', { seconds: 60 })).result;
    const ack = await tasks.request({ method: 'tasks/cancel', params: { taskId: created.taskId } }, anyResult);
    const after = await until(created.taskId, ['cancelled']);
    return { ack: Object.keys(ack).filter((k) => k !== '_meta'), status: after.status };
  });
}
