// Reads an MCP server's skills with the official TypeScript v2 client (@modelcontextprotocol/client
// and its SkillsClient) over stdio or Streamable HTTP at revision 2026-07-28, and prints one JSON
// report on stdout. The SkillsClient checks each file it reads against the skill's entry (size,
// SHA-256 digest, and for SKILL.md the frontmatter), so a read that succeeds is a verified one.
// Usage: node skills-client-v2.mjs '<json config>'
//   config: { transport: "stdio", command, args } or { transport: "http", url }
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { SkillsClient } from '@modelcontextprotocol/client/ext/skills';

const config = JSON.parse(process.argv[2]);
const report = { steps: {} };

async function step(name, fn) {
  try {
    report.steps[name] = { ok: true, value: await fn() };
  } catch (e) {
    report.steps[name] = { ok: false, code: e?.code ?? null, message: String(e?.message ?? e) };
  }
}

const transport = config.transport === 'http'
  ? new StreamableHTTPClientTransport(new URL(config.url))
  : new StdioClientTransport({ command: config.command, args: config.args, stderr: 'inherit' });
const client = new Client({ name: 'mcp-apt-skills-v2', version: '1.0.0' },
  { capabilities: {}, versionNegotiation: { mode: { pin: '2026-07-28' } } });

try {
  await client.connect(transport);
  const skills = new SkillsClient(client);
  report.supported = skills.supported;
  report.directoryRead = skills.directoryRead;
  let listed = [];
  await step('list', async () => {
    const page = await skills.list();
    listed = page.skills;
    return { uris: page.skills.map((s) => s.uri), invalid: page.invalid, ttlMs: page.ttlMs ?? null };
  });
  await step('get', async () => {
    const r = await skills.get(listed[0].uri);
    return { uri: r.skill.uri, files: Array.isArray(r.skill.resources) ? r.skill.resources.length : r.skill.resources };
  });
  await step('read', async () => {
    const out = [];
    for (const skill of listed) {
      for (const file of skill.resources) {
        const f = await skills.read(skill, file.uri);
        out.push({ uri: f.uri, verified: f.verified, bytes: f.bytes.length, name: f.frontmatter?.name ?? null });
      }
    }
    return out;
  });
  await step('readDirectory', async () => {
    const root = listed[0].uri.slice(0, -'/SKILL.md'.length);
    const r = await skills.readDirectory(root);
    return r.resources.map((c) => ({ uri: c.uri, mimeType: c.mimeType ?? null }));
  });
  await step('getUnknown', () => skills.get('skill://no-such-skill/SKILL.md'));
} catch (e) {
  report.fatal = String(e?.stack ?? e);
} finally {
  await client.close().catch(() => {});
}
process.stdout.write(JSON.stringify(report) + '\n');
process.exit(0);
