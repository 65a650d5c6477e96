// Drives the widget bridge (mcp-widget.js) in headless Chromium under two emulated hosts:
// ChatGPT (window.openai) and an MCP Apps host (JSON-RPC over postMessage). Prints one JSON line
// {"passed":[...],"failed":[...]} on stdout and exits 1 if any check failed.
//
//   node bridge-test.mjs [--bridge path/to/mcp-widget.js] [--out dir-for-screenshots]
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), [])
);
const bridgePath = resolve(args.bridge ?? join(here, "../../../main/resources/dev/mcpapt/widget/mcp-widget.js"));
const outDir = resolve(args.out ?? join(here, "../../../../target/widgets"));
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const passed = [];
const failed = [];
function check(name, ok, detail) {
  (ok ? passed : failed).push(ok ? name : { name, detail: JSON.stringify(detail)?.slice(0, 600) });
}

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
const server = createServer(async (req, res) => {
  const name = new URL(req.url, "http://127.0.0.1").pathname.slice(1);
  const file = name === "mcp-widget.js" ? bridgePath : /^[a-z-]+\.(html|js)$/.test(name) ? join(here, name) : null;
  try {
    if (!file) throw new Error("not served");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[file.slice(file.lastIndexOf("."))], "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});

async function until(fn, what, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting for " + what);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function open(pageName) {
  const page = await browser.newPage({ viewport: { width: 560, height: 760 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}/${pageName}`);
  const frame = await until(async () => {
    for (const f of page.frames()) {
      if (f !== page.mainFrame() && (await f.evaluate(() => !!window.__log).catch(() => false))) return f;
    }
    return null;
  }, "widget frame");
  const view = page.frameLocator("#view");
  return { page, frame, view, errors, log: () => frame.evaluate(() => window.__log) };
}

async function mcpApps() {
  const p = "mcp-apps: ";
  const { page, frame, view, errors, log } = await open("mcp-apps-host.html");
  await until(() => page.evaluate(() => window.host.ready), "tool result");
  await until(async () => (await log()).some((e) => e[0] === "toolresult"), "toolresult event");
  const received = await page.evaluate(() => window.host.received);
  check(p + "first message is ui/initialize", received[0]?.method === "ui/initialize", received[0]);
  const init = received[0]?.params ?? {};
  check(p + "ui/initialize carries appInfo and protocolVersion 2026-01-26",
    init.appInfo?.name === "fixture" && init.appInfo?.version === "1.0.0" && init.protocolVersion === "2026-01-26" && typeof init.appCapabilities === "object", init);
  check(p + "second message is ui/notifications/initialized", received[1]?.method === "ui/notifications/initialized" && received[1]?.id === undefined, received[1]);
  check(p + "widget reports its host", (await view.locator("#host").textContent()) === "mcp-apps");
  const events = await log();
  const kinds = events.map((e) => e[0]);
  check(p + "tool input arrives before the result", kinds.indexOf("toolinput") >= 0 && kinds.indexOf("toolinput") < kinds.indexOf("toolresult"), kinds);
  check(p + "toolinput carries the arguments", events.find((e) => e[0] === "toolinput")?.[1]?.filter === "all");
  const result = events.find((e) => e[0] === "toolresult")?.[1];
  check(p + "toolresult carries structuredContent, content and _meta",
    result?.structuredContent?.items?.length === 2 && result?.content?.[0]?.text === "2 items" && result?._meta?.["widget/count"] === 2, result);
  check(p + "widget.toolOutput and toolMeta mirror the result",
    await frame.evaluate(() => window.__widget.toolOutput.items.length === 2 && window.__widget.toolMeta["widget/count"] === 2));
  const ctx = await frame.evaluate(() => window.__widget.hostContext);
  check(p + "host context from ui/initialize", ctx.theme === "dark" && ctx.locale === "fr-FR" && ctx.displayMode === "inline", ctx);
  check(p + "theme and CSS variables applied to <html>",
    await frame.evaluate(() => document.documentElement.dataset.theme === "dark" &&
      document.documentElement.style.getPropertyValue("--color-background-primary") === "#10243a"));
  check(p + "untrusted text is escaped", (await view.locator("#items li").nth(1).textContent()).startsWith("<img") &&
    !(await frame.evaluate(() => window.__pwned === true)));

  await view.locator("#add").click();
  await until(async () => (await log()).some((e) => e[0] === "add_item"), "add_item");
  const tc = (await page.evaluate(() => window.host.received)).find((m) => m.method === "tools/call");
  check(p + "callTool sends tools/call {name, arguments}", tc?.params?.name === "add_item" && tc?.params?.arguments?.title === "Third <b>item</b>", tc);
  check(p + "callTool resolves with the CallToolResult", (await view.locator("#items li").count()) === 3);

  await view.locator("#fail").click();
  await until(async () => (await log()).some((e) => e[0] === "fail"), "fail");
  check(p + "a tool error resolves with isError and its text",
    (await view.locator("#status").textContent()) === "The server refused: quota exceeded" &&
    (await view.locator("#status").getAttribute("class")) === "error");

  await view.locator("#hidden").click();
  await until(async () => (await log()).some((e) => e[0] === "model_only"), "model_only");
  const hidden = (await log()).find((e) => e[0] === "model_only");
  check(p + "a refused call rejects with McpWidgetError and the JSON-RPC code",
    hidden[1] === "rejected" && hidden[2] === "McpWidgetError" && hidden[3] === -32600, hidden);

  await view.locator("#message").click();
  await until(() => page.evaluate(() => window.host.messages.length), "ui/message");
  const message = (await page.evaluate(() => window.host.messages))[0];
  check(p + "sendMessage sends ui/message {role: user, content: [text]}",
    message.role === "user" && message.content[0].type === "text" && message.content[0].text === "Show me the done items", message);

  await view.locator("#fullscreen").click();
  await until(async () => (await log()).some((e) => e[0] === "fullscreen"), "display mode");
  check(p + "requestDisplayMode resolves with the granted mode", (await log()).find((e) => e[0] === "fullscreen")[1].mode === "fullscreen");
  await until(async () => (await frame.evaluate(() => window.__widget.hostContext.displayMode)) === "fullscreen", "host-context-changed");
  check(p + "host-context-changed reaches hostcontext listeners",
    (await log()).some((e) => e[0] === "hostcontext" && e[1].displayMode === "fullscreen" && e[1].theme === "dark"));

  const before = (await page.evaluate(() => window.host.sizes)).at(-1);
  await view.locator("#grow").click();
  await until(async () => ((await page.evaluate(() => window.host.sizes)).at(-1)?.height ?? 0) >= (before?.height ?? 0) + 400, "size-changed");
  const after = (await page.evaluate(() => window.host.sizes)).at(-1);
  check(p + "size changes are reported with ui/notifications/size-changed", before && after.height >= before.height + 400 && after.width > 0, { before, after });
  await view.locator("#shrink").click();
  await until(async () => ((await page.evaluate(() => window.host.sizes)).at(-1)?.height ?? 1e9) <= after.height - 400, "shrinking");
  check(p + "a widget can shrink again", true);

  await view.locator("#state").click();
  await until(() => page.evaluate(() => window.host.modelContext), "update-model-context");
  check(p + "setWidgetState sends ui/update-model-context", (await page.evaluate(() => window.host.modelContext)).structuredContent?.selected === 2);

  await view.locator("#link").click();
  await until(() => page.evaluate(() => window.host.links.length), "open-link");
  check(p + "openLink sends ui/open-link {url}", (await page.evaluate(() => window.host.links[0])) === "https://example.com/docs");

  const teardown = await page.evaluate(() => window.host.teardown());
  check(p + "ui/resource-teardown is answered and reaches listeners",
    JSON.stringify(teardown) === "{}" && (await log()).some((e) => e[0] === "teardown"), teardown);
  const unknown = await page.evaluate(() => window.host.request("ui/unknown-thing", {}).then(() => "resolved", (e) => e.code));
  check(p + "an unknown host request gets -32601", unknown === -32601, unknown);
  await view.locator("#close").click();
  await until(() => page.evaluate(() => window.host.teardownRequested), "request-teardown");
  check(p + "requestClose sends ui/notifications/request-teardown", true);

  check(p + "no page errors", errors.length === 0, errors);
  await page.screenshot({ path: join(outDir, "bridge-mcp-apps.png"), fullPage: true });
  await page.close();
}

async function chatGpt() {
  const p = "chatgpt: ";
  const { page, frame, view, errors, log } = await open("chatgpt-host.html");
  check(p + "widget reports its host", (await until(async () => {
    const t = await view.locator("#host").textContent();
    return t !== "connecting" && t;
  }, "connect")) === "chatgpt");
  check(p + "toolInput from window.openai", (await log()).find((e) => e[0] === "toolinput")?.[1]?.filter === "all");
  check(p + "no result before the host has one", !(await log()).some((e) => e[0] === "toolresult"));
  const ctx = await frame.evaluate(() => window.__widget.hostContext);
  check(p + "host context from the globals",
    ctx.theme === "light" && ctx.locale === "de-DE" && ctx.displayMode === "inline" && ctx.containerDimensions?.maxHeight === 700 &&
    ctx.safeAreaInsets?.bottom === 8 && ctx.platform === "web" && ctx.deviceCapabilities?.hover === true, ctx);

  await page.evaluate(() => window.host.deliverResult());
  await until(async () => (await log()).some((e) => e[0] === "toolresult"), "toolresult");
  const result = (await log()).find((e) => e[0] === "toolresult")[1];
  check(p + "openai:set_globals toolOutput/toolResponseMetadata become a toolresult",
    result.structuredContent.items.length === 2 && result._meta["widget/count"] === 2, result);
  check(p + "rendered the items, escaped", (await view.locator("#items li").count()) === 2 &&
    (await view.locator("#items li").nth(1).textContent()).startsWith("<img") && !(await frame.evaluate(() => window.__pwned === true)));

  await view.locator("#add").click();
  await until(async () => (await log()).some((e) => e[0] === "add_item"), "add_item");
  const call = (await page.evaluate(() => window.host.calls))[0];
  check(p + "callTool goes through window.openai.callTool(name, args)", call.name === "add_item" && call.args.title === "Third <b>item</b>", call);
  check(p + "callTool resolves with the CallToolResult", (await view.locator("#items li").count()) === 3);
  check(p + "callTool's result keeps its _meta", (await log()).find((e) => e[0] === "add_item")[1]?._meta?.["widget/count"] === 3,
    (await log()).find((e) => e[0] === "add_item")[1]);

  // ChatGPT may hand the metadata back as "meta": the widget still sees it as _meta.
  await page.evaluate(() => { window.host.metaAs = "meta"; });
  await view.locator("#add").click();
  await until(async () => (await log()).filter((e) => e[0] === "add_item").length === 2, "second add_item");
  const second = (await log()).filter((e) => e[0] === "add_item")[1][1];
  check(p + "callTool's result metadata handed back as meta reaches the widget as _meta",
    second?._meta?.["widget/count"] === 4 && !("meta" in second), second);
  await page.evaluate(() => { window.host.metaAs = "_meta"; });

  await view.locator("#fail").click();
  await until(async () => (await log()).some((e) => e[0] === "fail"), "fail");
  check(p + "a tool error resolves with isError and its text", (await view.locator("#status").textContent()) === "The server refused: quota exceeded");

  await view.locator("#hidden").click();
  await until(async () => (await log()).some((e) => e[0] === "model_only"), "model_only");
  check(p + "a refused call rejects", (await log()).find((e) => e[0] === "model_only")[1] === "rejected");

  await view.locator("#message").click();
  await until(() => page.evaluate(() => window.host.followUps.length), "follow-up");
  check(p + "sendMessage calls sendFollowUpMessage({prompt})",
    (await page.evaluate(() => window.host.followUps[0])).prompt === "Show me the done items");

  await view.locator("#fullscreen").click();
  await until(async () => (await frame.evaluate(() => window.__widget.hostContext.displayMode)) === "fullscreen", "displayMode");
  check(p + "requestDisplayMode({mode}) and the displayMode global", (await log()).find((e) => e[0] === "fullscreen")?.[1]?.mode === "fullscreen");

  const before = (await page.evaluate(() => window.host.heights)).at(-1) ?? 0;
  await view.locator("#grow").click();
  await until(async () => ((await page.evaluate(() => window.host.heights)).at(-1) ?? 0) >= before + 400, "notifyIntrinsicHeight");
  check(p + "size changes call notifyIntrinsicHeight", true);
  const grown = (await page.evaluate(() => window.host.heights)).at(-1);
  await view.locator("#shrink").click();
  await until(async () => ((await page.evaluate(() => window.host.heights)).at(-1) ?? 1e9) <= grown - 400, "shrinking");
  check(p + "a widget can shrink again", true);

  await view.locator("#state").click();
  await until(() => page.evaluate(() => window.host.widgetState), "widget state");
  check(p + "setWidgetState calls window.openai.setWidgetState", (await page.evaluate(() => window.host.widgetState)).selected === 2);

  await view.locator("#link").click();
  await until(() => page.evaluate(() => window.host.externals.length), "openExternal");
  check(p + "openLink calls openExternal({href})", (await page.evaluate(() => window.host.externals[0])) === "https://example.com/docs");

  await view.locator("#close").click();
  await until(() => page.evaluate(() => window.host.closed), "requestClose");
  check(p + "requestClose calls window.openai.requestClose", true);

  check(p + "no page errors", errors.length === 0, errors);
  await page.screenshot({ path: join(outDir, "bridge-chatgpt.png"), fullPage: true });
  await page.close();
}

async function standalone() {
  const page = await browser.newPage();
  await page.goto(`${base}/fixture-widget.html`);
  await page.addScriptTag({ url: `${base}/mcp-widget.js` });
  const message = await page.evaluate(() => McpWidget.connect().then(() => "connected", (e) => e.message));
  check("standalone: connect() outside any host rejects with a clear message", message.startsWith("no host"), message);
  await page.close();
}

await mkdir(outDir, { recursive: true });
for (const scenario of [mcpApps, chatGpt, standalone]) {
  try {
    await scenario();
  } catch (e) {
    failed.push({ name: scenario.name, detail: String(e && e.stack || e) });
  }
}
await browser.close();
server.close();
console.log(JSON.stringify({ passed, failed }));
process.exit(failed.length ? 1 : 0);
