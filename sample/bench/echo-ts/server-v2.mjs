// The benchmark's echo tool ({"text": string} -> one text content) on the official MCP TypeScript
// SDK v2 (@modelcontextprotocol/server, the line that serves 2026-07-28), written as its
// documentation shows: a server factory with McpServer.registerTool and a zod schema, served by
// serveStdio, or over HTTP by createMcpHandler (2026-07-28 per request; 2025-era requests through
// its default stateless fallback) on node:http.
//
//   node server-v2.mjs --stdio
//   node server-v2.mjs --http 8080        (serves http://127.0.0.1:8080/mcp)
//
// The SDK is resolved from MCPAPT_NODE_MODULES, by default the project's pinned Node packages
// (runtime/src/test/node/node_modules, installed by `npm ci` there).
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = process.env.MCPAPT_NODE_MODULES
  ?? resolve(here, '..', '..', '..', 'runtime', 'src', 'test', 'node', 'node_modules');
const load = (path) => import(pathToFileURL(join(modules, path)).href);

const { McpServer, createMcpHandler } = await load('@modelcontextprotocol/server/dist/index.mjs');
const { serveStdio } = await load('@modelcontextprotocol/server/dist/stdio.mjs');
const { z } = await load('zod/index.js');

function echoServer() {
  const server = new McpServer({ name: 'echo-ts-v2', version: '1.0.0' });
  server.registerTool(
    'echo',
    { description: 'Sends the text back.', inputSchema: z.object({ text: z.string().describe('The text to send back') }) },
    async ({ text }) => ({ content: [{ type: 'text', text }] }),
  );
  return server;
}

// node:http to the handler's web-standard fetch face and back (what an adapter package does).
function serveHttp(port) {
  const handler = createMcpHandler(() => echoServer());
  const http = createServer(async (req, res) => {
    try {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers: Object.entries(req.headers).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      });
      const response = await handler.fetch(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (response.body) {
        Readable.fromWeb(response.body).pipe(res);
      } else {
        res.end();
      }
    } catch (e) {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' })
          .end('{"jsonrpc":"2.0","error":{"code":-32603,"message":"Internal error"},"id":null}');
      } else {
        res.end();
      }
    }
  });
  http.listen(port, '127.0.0.1');
}

const [mode, port] = process.argv.slice(2);
if (mode === '--stdio') {
  serveStdio(() => echoServer());
} else if (mode === '--http' && port) {
  serveHttp(Number(port));
} else {
  console.error('usage: node server-v2.mjs --stdio | --http PORT');
  process.exit(2);
}
