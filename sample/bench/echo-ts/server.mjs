// The benchmark's echo tool ({"text": string} -> one text content) on the official MCP TypeScript
// SDK, written as its documentation shows: McpServer.registerTool with a zod schema, the stdio
// transport, or the Streamable HTTP transport on node:http with one session per initialize.
//
//   node server.mjs --stdio
//   node server.mjs --http 8080        (serves http://127.0.0.1:8080/mcp)
//
// The SDK is resolved from MCPAPT_NODE_MODULES, by default the project's pinned Node test clients
// (runtime/src/test/node/node_modules, installed by `npm ci` there).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = process.env.MCPAPT_NODE_MODULES
  ?? resolve(here, '..', '..', '..', 'runtime', 'src', 'test', 'node', 'node_modules');
const load = (path) => import(pathToFileURL(join(modules, path)).href);

const { McpServer } = await load('@modelcontextprotocol/sdk/dist/esm/server/mcp.js');
const { StdioServerTransport } = await load('@modelcontextprotocol/sdk/dist/esm/server/stdio.js');
const { StreamableHTTPServerTransport } = await load('@modelcontextprotocol/sdk/dist/esm/server/streamableHttp.js');
const { isInitializeRequest } = await load('@modelcontextprotocol/sdk/dist/esm/types.js');
const { z } = await load('zod/index.js');

function echoServer() {
  const server = new McpServer({ name: 'echo-ts', version: '1.0.0' });
  server.registerTool(
    'echo',
    { description: 'Sends the text back.', inputSchema: { text: z.string().describe('The text to send back') } },
    async ({ text }) => ({ content: [{ type: 'text', text }] }),
  );
  return server;
}

async function serveStdio() {
  await echoServer().connect(new StdioServerTransport());
}

function readBody(req) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveHttp(port) {
  const sessions = new Map();
  const http = createServer(async (req, res) => {
    try {
      if (!req.url.startsWith('/mcp')) {
        res.writeHead(404).end();
        return;
      }
      const sessionId = req.headers['mcp-session-id'];
      const body = req.method === 'POST' ? JSON.parse(await readBody(req)) : undefined;
      let transport = sessionId ? sessions.get(sessionId) : undefined;
      if (!transport && !sessionId && req.method === 'POST' && isInitializeRequest(body)) {
        transport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (id) => sessions.set(id, transport),
        });
        transport.onclose = () => transport.sessionId && sessions.delete(transport.sessionId);
        await echoServer().connect(transport);
      }
      if (!transport) {
        res.writeHead(sessionId ? 404 : 400, { 'content-type': 'application/json' })
          .end('{"jsonrpc":"2.0","error":{"code":-32000,"message":"No valid session"},"id":null}');
        return;
      }
      await transport.handleRequest(req, res, body);
    } catch (e) {
      if (!res.headersSent) {
        res.writeHead(400, { 'content-type': 'application/json' })
          .end('{"jsonrpc":"2.0","error":{"code":-32700,"message":"Parse error"},"id":null}');
      }
    }
  });
  http.listen(port, '127.0.0.1');
}

const [mode, port] = process.argv.slice(2);
if (mode === '--stdio') {
  await serveStdio();
} else if (mode === '--http' && port) {
  serveHttp(Number(port));
} else {
  console.error('usage: node server.mjs --stdio | --http PORT');
  process.exit(2);
}
