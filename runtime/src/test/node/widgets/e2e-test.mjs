// End to end: a widget compiled by the processor, served by the Java runtime over stdio, read by
// the official MCP TypeScript SDK client, then rendered in headless Chromium inside both emulated
// hosts with its tool calls going to the real server. Prints {"passed":[...],"failed":[...]}.
//
//   node e2e-test.mjs --java /path/to/java --cp <class path with the compiled widget> [--out dir]
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import * as z from "zod";

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), [])
);
const outDir = resolve(args.out ?? "target/widgets-e2e");
const passed = [];
const failed = [];
function check(name, ok, detail) {
  (ok ? passed : failed).push(ok ? name : { name, detail: JSON.stringify(detail)?.slice(0, 800) });
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const UI = "io.modelcontextprotocol/ui";
const MCP_APP = "text/html;profile=mcp-app";
const client = new Client(
  { name: "widgets-e2e", version: "1.0.0" },
  { capabilities: { extensions: { [UI]: { mimeTypes: [MCP_APP] } } } }
);
await client.connect(
  new StdioClientTransport({ command: args.java ?? "java", args: ["-cp", args.cp, "dev.mcpapt.runtime.Main", "--stdio"], stderr: "inherit" })
);

// ---- the wire, key by key ------------------------------------------------------------------------
const { tools } = await client.listTools();
const tool = (name) => tools.find((t) => t.name === name);
const show = tool("show_board");
const uri = show?._meta?.ui?.resourceUri;
check("tools/list: _meta.ui.resourceUri is the versioned ui:// URI", /^ui:\/\/board\/board\.html\?v=[0-9a-f]{10}$/.test(uri ?? ""), show?._meta);
check("tools/list: flat ui/resourceUri and openai/outputTemplate name the same resource",
  show?._meta?.["ui/resourceUri"] === uri && show?._meta?.["openai/outputTemplate"] === uri, show?._meta);
check("tools/list: invoking/invoked status texts",
  show?._meta?.["openai/toolInvocation/invoking"] === "Opening the board…" && show?._meta?.["openai/toolInvocation/invoked"] === "Board open");
check("tools/list: no CSP on the tool", show?._meta?.ui?.csp === undefined && show?._meta?.["openai/widgetCSP"] === undefined);
check("tools/list: outputSchema comes from WidgetResult<Summary>",
  show?.outputSchema?.type === "object" && show?.outputSchema?.properties?.total?.type === "integer", show?.outputSchema);
const vis = (name) => {
  const m = tool(name)?._meta ?? {};
  return [m.ui?.visibility, m["openai/visibility"], m["openai/widgetAccessible"]];
};
check("tools/list: visibility model+app", same(vis("show_board"), [["model", "app"], "public", true]), vis("show_board"));
check("tools/list: visibility app only (hidden from the model)", same(vis("add_card"), [["app"], "private", true]), vis("add_card"));
check("tools/list: visibility model only", same(vis("archive"), [["model"], "public", false]), vis("archive"));
const attach = tool("attach");
const schemes = [{ type: "noauth" }, { type: "oauth2", scopes: ["board.write"] }];
// The SDK's Tool type drops fields it does not define, such as the top-level securitySchemes
// (which is why OpenAI asks for the _meta mirror); read the raw list to see both.
const raw = await client.request({ method: "tools/list", params: {} }, z.object({ tools: z.array(z.any()) }).passthrough());
const rawAttach = raw.tools.find((t) => t.name === "attach");
check("tools/list: securitySchemes on the tool and mirrored in _meta",
  same(rawAttach?.securitySchemes, schemes) && same(attach?._meta?.securitySchemes, schemes), rawAttach);
check("tools/list: openai/fileParams names the FileRef parameter", same(attach?._meta?.["openai/fileParams"], ["file"]), attach?._meta);

const { resources } = await client.listResources();
const entry = resources.find((r) => r.uri === uri);
check("resources/list: the widget, as text/html;profile=mcp-app", entry?.mimeType === MCP_APP && entry?.name === "board/board.html", resources);
const meta = entry?._meta ?? {};
check("resources/list: _meta.ui.csp in camelCase",
  same(meta.ui?.csp, { connectDomains: ["https://api.example.com"], resourceDomains: [] }), meta.ui);
check("resources/list: _meta.ui.prefersBorder", meta.ui?.prefersBorder === true);
check("resources/list: openai/widgetCSP in snake_case, with redirect_domains",
  same(meta["openai/widgetCSP"], { connect_domains: ["https://api.example.com"], resource_domains: [], redirect_domains: ["https://docs.example.com"] }),
  meta["openai/widgetCSP"]);
check("resources/list: openai/widgetPrefersBorder and openai/widgetDescription",
  meta["openai/widgetPrefersBorder"] === true && meta["openai/widgetDescription"] === "The board: one line per card, and a field to add one.");

const read = await client.readResource({ uri });
const item = read.contents?.[0];
check("resources/read: exactly one content item", read.contents?.length === 1, read.contents?.length);
check("resources/read: same uri and MIME type", item?.uri === uri && item?.mimeType === MCP_APP, item && { uri: item.uri, mimeType: item.mimeType });
check("resources/read: the content item carries the same _meta as the list entry", same(item?._meta, entry?._meta), item?._meta);
check("resources/read: an HTML5 document with the bridge inlined in <head>, right after its <meta charset>",
  /^<!doctype html>/i.test(item?.text ?? "") && (item?.text ?? "").includes('<meta charset="utf-8">\n<script>\n/*! mcp-apt widget bridge'));
const head1k = new TextDecoder().decode(new TextEncoder().encode(item?.text ?? "").slice(0, 1024));
check("resources/read: the charset is declared within the first 1,024 bytes, where browsers look for it",
  head1k.toLowerCase().includes("<meta charset=") && (item?.text ?? "").length > 1024);

const shown = await client.callTool({ name: "show_board", arguments: {} });
check("tools/call: text for the model", shown.content?.[0]?.text === "2 cards on the board", shown.content);
check("tools/call: structuredContent matches the outputSchema", same(shown.structuredContent, { total: 2 }), shown.structuredContent);
check("tools/call: widget-only data in _meta", shown._meta?.cards?.length === 2 && shown._meta.cards[1].title === "<b>not bold</b>", shown._meta);

const who = await client.callTool({
  name: "whoami",
  arguments: {},
  _meta: { "openai/locale": "fr-FR", "openai/userLocation": { city: "Lyon", country: "FR" } },
});
check("tools/call: host hints reach the method through McpContext.hints(), and the declared MCP Apps extension", who.content?.[0]?.text === "fr-FR|Lyon|true", who.content);

// ---- the widget, rendered ---------------------------------------------------------------------
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
const http = createServer(async (req, res) => {
  const name = new URL(req.url, "http://127.0.0.1").pathname.slice(1);
  if (!/^[a-z-]+\.(html|js)$/.test(name)) return res.writeHead(404).end();
  try {
    const body = await readFile(join(here, name));
    res.writeHead(200, { "content-type": types[name.slice(name.lastIndexOf("."))], "cache-control": "no-store" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => http.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${http.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});

async function until(fn, what, timeout = 8000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting for " + what);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Opens an emulated host whose widget and tool calls come from the real server. */
async function openHost(page, hostPage, kind) {
  // A host forwards a widget's call only if the tool lets widgets call it.
  await page.exposeFunction("mcpCall", async (name, toolArgs) => {
    const t = tool(name);
    const allowed = kind === "mcp-apps"
      ? (t?._meta?.ui?.visibility ?? ["model", "app"]).includes("app")
      : t?._meta?.["openai/widgetAccessible"] === true;
    if (!allowed) return { error: { code: -32600, message: `${name} cannot be called from this widget` } };
    return { result: await client.callTool({ name, arguments: toolArgs }) };
  });
  await page.exposeFunction("mcpWidgetDocument", async () => (await client.readResource({ uri })).contents[0].text);
  await page.addInitScript(() => {
    const unwrap = (r) => { if (r.error) throw r.error; return r.result; };
    window.__backend = {
      toolInput: {},
      widgetDocument: () => window.mcpWidgetDocument(),
      initialResult: () => window.mcpCall("show_board", {}).then(unwrap),
      callFromWidget: (name, a) => window.mcpCall(name, a).then(unwrap),
    };
  });
  await page.goto(`${base}/${hostPage}`);
  return page.frameLocator("#view");
}

async function scenario(kind, hostPage, screenshot) {
  const p = kind + ": ";
  const page = await browser.newPage({ viewport: { width: 560, height: 640 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const view = await openHost(page, hostPage, kind);
  if (kind === "chatgpt") {
    await until(async () => (await view.locator("#host").textContent()) === "chatgpt", "connect");
    await page.evaluate(() => window.host.deliverResult());
  }
  await until(async () => (await view.locator("#cards li").count()) >= 2, "cards");
  const before = await view.locator("#cards li").count();
  check(p + "the widget connects and renders the cards from the widget-only _meta",
    (await view.locator("#host").textContent()) === kind && before >= 2);
  check(p + "titles are shown as text, not markup", (await view.locator("#cards li").nth(1).textContent()) === "<b>not bold</b>");

  await view.locator("#title").fill(kind + " card");
  await view.locator("#add button").click();
  await until(async () => (await view.locator("#cards li").count()) === before + 1, "the new card");
  check(p + "callTool reaches the real server and the widget re-renders", (await view.locator("#cards li").last().textContent()) === kind + " card");

  await view.locator("#title").fill("   ");
  await view.locator("#title").press("Enter");
  await until(async () => (await view.locator("#error").textContent()) !== "", "the error");
  check(p + "a tool error is shown and the old state kept",
    (await view.locator("#error").textContent()) === "A card needs a title" && (await view.locator("#cards li").count()) === before + 1,
    await view.locator("#error").textContent());

  await view.locator("#archive").click();
  await until(async () => (await view.locator("#error").textContent()).startsWith("refused"), "the refusal");
  check(p + "the host refuses a tool the widget may not call", (await view.locator("#error").textContent()).includes("archive cannot be called"));
  check(p + "no page errors", errors.length === 0, errors);
  await page.screenshot({ path: join(outDir, screenshot), fullPage: true });
  await page.close();
}

await mkdir(outDir, { recursive: true });
for (const [kind, hostPage, shot] of [["mcp-apps", "mcp-apps-host.html", "e2e-mcp-apps.png"], ["chatgpt", "chatgpt-host.html", "e2e-chatgpt.png"]]) {
  try {
    await scenario(kind, hostPage, shot);
  } catch (e) {
    failed.push({ name: kind, detail: String((e && e.stack) || e) });
  }
}
await browser.close();
http.close();
await client.close();
console.log(JSON.stringify({ passed, failed }));
process.exit(failed.length ? 1 : 0);
