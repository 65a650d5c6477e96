// Drives the FidelityTools test server over stdio with an official TypeScript client and prints one
// JSON report on stdout: content annotations and resource links as the client parses them,
// sampling with tools (the client's handler answers a tool use, then the final text), and URL
// elicitation (URLElicitationRequiredError, then notifications/elicitation/complete), a JSON
// Schema 2020-12 input schema as listed and the server's answers to calls that break or keep its
// argument rules, and the server's icons in the client's serverVersion.
// Usage: node fidelity-client.mjs '<json config>'
//   config: { sdk: "v1" | "v2", command, args, infoOnly }  (v1 negotiates 2025-11-25, v2 pins
//   2026-07-28; with infoOnly, the client only lists the tools and reports its serverVersion)
const config = JSON.parse(process.argv[2]);
const report = { steps: {}, samplingRequests: [], elicitations: [], completed: [] };

async function step(name, fn) {
  try {
    report.steps[name] = { ok: true, value: await fn() };
  } catch (e) {
    report.steps[name] = { ok: false, code: e?.code ?? null, message: String(e?.message ?? e),
      data: e?.data ?? null };
  }
}

const capabilities = { sampling: { tools: {} }, elicitation: { form: {}, url: {} } };
const info = { name: 'mcp-apt-fidelity', version: '1.0.0' };

const sample = async (request) => {
  const params = request.params;
  report.samplingRequests.push(params);
  if (report.samplingRequests.length % 2 === 1) {
    return { role: 'assistant', model: 'test-model', stopReason: 'toolUse',
      content: [{ type: 'tool_use', id: 'call-1', name: params.tools[0].name, input: { city: 'Paris' } }] };
  }
  const result = params.messages[params.messages.length - 1].content;
  const block = Array.isArray(result) ? result[0] : result;
  return { role: 'assistant', model: 'test-model', stopReason: 'endTurn',
    content: { type: 'text', text: 'Model read: ' + block.content[0].text } };
};
const elicit = async (request) => {
  report.elicitations.push(request.params);
  return { action: 'accept' };
};

let client;
let transport;
if (config.sdk === 'v1') {
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
  const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
  const types = await import('@modelcontextprotocol/sdk/types.js');
  transport = new StdioClientTransport({ command: config.command, args: config.args, stderr: 'inherit' });
  client = new Client(info, { capabilities });
  client.setRequestHandler(types.CreateMessageRequestSchema, sample);
  client.setRequestHandler(types.ElicitRequestSchema, elicit);
  client.setNotificationHandler(types.ElicitationCompleteNotificationSchema, (n) => {
    report.completed.push(n.params.elicitationId);
  });
} else {
  const { Client } = await import('@modelcontextprotocol/client');
  const { StdioClientTransport } = await import('@modelcontextprotocol/client/stdio');
  transport = new StdioClientTransport({ command: config.command, args: config.args, stderr: 'inherit' });
  client = new Client(info, { capabilities, versionNegotiation: { mode: { pin: '2026-07-28' } } });
  client.setRequestHandler('sampling/createMessage', sample);
  client.setRequestHandler('elicitation/create', elicit);
}

const text = (r) => r?.content?.[0]?.text ?? null;
const outcome = (r) => ({ isError: r.isError === true, text: text(r) });
const contact = async (args) => outcome(await client.callTool({ name: 'json_schema_2020_12_tool', arguments: args }));
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

try {
  await client.connect(transport);
  if (config.infoOnly) {
    await step('list', async () => (await client.listTools()).tools.length);
  } else {
    await step('schema', async () => {
      const listed = (await client.listTools()).tools.find((t) => t.name === 'json_schema_2020_12_tool');
      return listed?.inputSchema ?? null;
    });
    await step('noContact', () => contact({ name: 'Ada' }));
    await step('phoneMissing', () => contact({ contactMethod: 'phone', email: 'ada@example.com' }));
    await step('byPhone', () => contact({ name: 'Ada', contactMethod: 'phone', phone: '555-0100',
      address: { street: '1 Main St', city: 'Paris' } }));
    await step('annotated', async () => (await client.callTool({ name: 'annotated', arguments: {} })).content);
    await step('forecast', async () => text(await client.callTool({ name: 'forecast', arguments: {} })));
    await step('files', async () => text(await client.callTool({ name: 'files', arguments: { user: 'ada' } })));
    await step('connected', async () => text(await client.callTool({ name: 'connected', arguments: { user: 'ada' } })));
    for (let i = 0; i < 100 && config.sdk === 'v1' && report.completed.length === 0; i++) {
      await wait(100);
    }
    await step('filesAgain', async () => text(await client.callTool({ name: 'files', arguments: { user: 'ada' } })));
  }
} catch (e) {
  report.fatal = String(e?.stack ?? e);
} finally {
  // Read last: v2 at 2026-07-28 learns it from the _meta of results.
  report.serverVersion = client.getServerVersion() ?? null;
  await client.close().catch(() => {});
}
process.stdout.write(JSON.stringify(report));
process.exit(0);
