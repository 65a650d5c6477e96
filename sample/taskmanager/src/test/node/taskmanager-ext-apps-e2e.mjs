// The TaskManager widget hosted by the MCP Apps host library itself: ext-apps/host.js (AppBridge
// and PostMessageTransport from @modelcontextprotocol/ext-apps/app-bridge, over the official
// TypeScript client @modelcontextprotocol/client) is bundled for the browser with esbuild into the
// build directory, served on loopback, and opened in headless Chromium; the host's client talks to
// the real server over Streamable HTTP. A second official client, in Node, puts tasks in first and
// reads the server's list afterwards. Prints one JSON line {"passed":[...],"failed":[...]} and
// exits 1 if any check failed. Screenshots go to --out.
//
//   node taskmanager-ext-apps-e2e.mjs --url http://127.0.0.1:PORT --out DIR --build DIR
//        [--node-project <root>/runtime/src/test/node]
import { createServer } from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { args, check, failed, launchChromium, outDir, passed, until } from "./e2e-common.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const nodeProject = resolve(args["node-project"] ?? join(here, "../../../../../runtime/src/test/node"));
const fromNodeProject = createRequire(join(nodeProject, "package.json"));
const buildDir = resolve(args.build ?? join(here, "../../../target/ext-apps-host"));
const mcpUrl = args.url + "/mcp";

// Markup and script in titles: they must reach the screen as text and never run.
const HOSTILE = [
  '<img src=x onerror="window.__pwned=\'img\'">',
  "<script>window.__pwned='script'</script>",
  '"><svg onload="window.__pwned=\'svg\'"></svg>',
];

/** Bundles the host for the browser: the library imports its peers as bare modules. */
async function bundleHost() {
  const esbuild = fromNodeProject("esbuild");
  const outfile = join(buildDir, "host.js");
  await esbuild.build({
    entryPoints: [join(here, "ext-apps-host", "host.js")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    nodePaths: [join(nodeProject, "node_modules")],
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

/** Serves the host page (from the sources) and its bundle (from the build directory) on loopback. */
async function serveHost(bundle) {
  const files = {
    "/": { path: join(here, "ext-apps-host", "index.html"), type: "text/html; charset=utf-8" },
    "/host.js": { path: bundle, type: "text/javascript; charset=utf-8" },
  };
  const server = createServer(async (req, res) => {
    const file = files[new URL(req.url, "http://127.0.0.1").pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(await readFile(file.path));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return server;
}

/** The official client in Node, as another user of the same server. */
async function directClient() {
  const { Client, StreamableHTTPClientTransport } = await import(fromNodeProject.resolve("@modelcontextprotocol/client"));
  const client = new Client({ name: "ext-apps-e2e-direct", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)));
  return client;
}

/** The server's list, title → done, in order. */
async function serverTasks(client) {
  const result = await client.callTool({ name: "show_tasks", arguments: {} });
  return (result._meta?.tasks ?? []).map((t) => [t.title, t.done]);
}

await mkdir(outDir, { recursive: true });
let browser;
let page;
let hostServer;
let direct;
try {
  const bundle = await bundleHost();
  const bundled = await readFile(bundle, "utf8");
  check("the host is bundled for the browser with the library's AppBridge in it",
      bundled.includes("ui/notifications/tool-result") && !/^\s*import\s/m.test(bundled) && !bundled.includes('from "@modelcontextprotocol'),
      bundled.slice(0, 300));

  direct = await directClient();
  await direct.callTool({ name: "add_task", arguments: { title: "Buy groceries" } });
  await direct.callTool({ name: "add_task", arguments: { title: HOSTILE[0] } });
  const walk = await direct.callTool({ name: "add_task", arguments: { title: "Walk the dog" } });
  await direct.callTool({ name: "complete_task", arguments: { task_id: walk.structuredContent.id, done: true } });
  const seeded = await serverTasks(direct);

  hostServer = await serveHost(bundle);
  const hostUrl = `http://127.0.0.1:${hostServer.address().port}/`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 760, height: 760 } });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text() + " at " + (m.location()?.url ?? "?")); });
  page.on("dialog", (d) => { pageErrors.push("unexpected native dialog: " + d.message()); d.dismiss(); });
  const shot = (name) => page.screenshot({ path: join(outDir, name + ".png"), fullPage: true });

  await page.goto(hostUrl);
  await until(() => page.evaluate(() => typeof window.extAppsHost?.open === "function"), "the bundled host to load");
  await page.evaluate((url) => window.extAppsHost.open(url, "show_tasks", {}), mcpUrl);
  const widget = page.frameLocator("#widget-frame");
  const widgetFrame = () => page.frames().find((f) => f !== page.mainFrame());
  const rows = widget.locator("#tasks > li");
  const row = (title) => rows.filter({ has: widget.locator(".title", { hasText: title }) });
  const titles = () => widget.locator("#tasks > li .title").allTextContents();
  const idle = () => until(() => widget.locator("body:not([aria-busy])").count(), "the widget to finish its call");
  const hostState = () => page.evaluate(() => JSON.parse(JSON.stringify(window.extAppsHost)));
  const add = async (title) => {
    await widget.locator("#new-title").fill(title);
    await widget.locator("#add").click();
    await idle();
  };
  const pwned = async () => ({
    host: await page.evaluate(() => window.__pwned ?? null),
    widget: await widgetFrame().evaluate(() => window.__pwned ?? null),
  });

  // Rendering what the tool result carried.
  await until(async () => (await widget.locator("#summary").textContent()) !== "Loading…", "the widget to render the tasks");
  const state = await hostState();
  check("the host read the widget with the official client: one text/html;profile=mcp-app resource",
      state.resource?.mimeType === "text/html;profile=mcp-app" && /^ui:\/\/.+\?v=[0-9a-f]{10}$/.test(state.resource?.uri ?? ""), state.resource);
  check("the widget completed the library's handshake",
      state.initialized && state.app?.info?.name === "mcp-apt TaskManager" && state.app?.info?.version === "1.0.0", state.app);
  check("the widget applies the theme of the library's host context",
      (await widgetFrame().evaluate(() => document.documentElement.dataset.theme)) === "dark");
  check("the widget renders the tasks the tool result carried",
      JSON.stringify(await titles()) === JSON.stringify(seeded.map(([t]) => t)) &&
      (await row("Walk the dog").getAttribute("class")) === "done" &&
      (await widget.locator("#summary").textContent()) === "3 tasks · 2 open · 1 done",
      { shown: await titles(), seeded });
  // Sizes come from a ResizeObserver after rendering: wait for the first report.
  const sizes = await until(async () => ((await hostState()).sizes.some((h) => typeof h === "number" && h > 0) ? (await hostState()).sizes : null),
      "the widget to report its size").catch((e) => e.message);
  check("the widget reported its size to the host", Array.isArray(sizes), sizes);
  await shot("ext-apps-01-rendered");

  // Adding, through the widget, the bridge, the host's client and the server.
  await add("Call mom");
  await add(HOSTILE[1]);
  await add(HOSTILE[2]);
  const afterAdd = await serverTasks(direct);
  check("adding a task: the widget shows it and the server has it",
      JSON.stringify(await titles()) === JSON.stringify([...seeded.map(([t]) => t), "Call mom", HOSTILE[1], HOSTILE[2]]) &&
      JSON.stringify(afterAdd.map(([t]) => t)) === JSON.stringify(await titles()),
      { shown: await titles(), server: afterAdd });
  check("the add field is cleared after adding", (await widget.locator("#new-title").inputValue()) === "");

  // Hostile titles stay text.
  const shownTitles = await titles();
  check("hostile titles appear literally", HOSTILE.every((h) => shownTitles.includes(h)), shownTitles);
  check("no markup from a title reached the widget's DOM",
      (await widget.locator("#tasks img, #tasks script, #tasks svg").count()) === 0 &&
      (await widget.locator("#tasks .title").evaluateAll((spans) => spans.every((s) => s.children.length === 0))));
  const ran = await pwned();
  check("no script from a title ran, in the widget or the host page", ran.host === null && ran.widget === null, ran);
  await shot("ext-apps-02-added");

  // Completing.
  await row("Call mom").locator('input[type="checkbox"]').click();
  await idle();
  const afterComplete = new Map(await serverTasks(direct));
  check("completing a task strikes it through, and the server has it done",
      (await row("Call mom").getAttribute("class")) === "done" && (await row("Call mom").locator('input[type="checkbox"]').isChecked()) &&
      afterComplete.get("Call mom") === true, [...afterComplete]);

  // Deleting, after the widget asked.
  await row("Buy groceries").getByRole("button", { name: "Delete: Buy groceries" }).click();
  check("delete asks for confirmation", (await widget.locator(".confirm-text").textContent()) === "Delete “Buy groceries”?");
  await shot("ext-apps-03-confirm-delete");
  await widget.locator(".cancel-delete").click();
  check("cancel keeps the task, on screen and on the server",
      (await row("Buy groceries").count()) === 1 && new Map(await serverTasks(direct)).has("Buy groceries"));
  await row("Buy groceries").getByRole("button", { name: "Delete: Buy groceries" }).click();
  await widget.locator(".confirm-delete").click();
  await idle();
  check("confirmed delete removes the task, on screen and on the server",
      (await row("Buy groceries").count()) === 0 && !new Map(await serverTasks(direct)).has("Buy groceries"), await titles());

  // The server refuses a blank title: the widget says why and keeps its list.
  const beforeRefusal = await titles();
  await add("   ");
  const refusedText = (await widget.locator("#message").isVisible()) && (await widget.locator("#message-text").textContent());
  check("a call the server refuses shows the server's message", refusedText === "title: must not be blank", refusedText);
  check("a call the server refuses keeps the list", JSON.stringify(await titles()) === JSON.stringify(beforeRefusal), await titles());
  await shot("ext-apps-04-refused-by-server");
  await widget.locator("#dismiss").click();

  // The host refuses a call (its user declined a destructive tool): the library answers the widget
  // with the JSON-RPC error, which the widget shows; the server never sees the call.
  await page.evaluate(() => { window.extAppsHost.refuse.clear_completed = "The user declined clear_completed"; });
  const doneBefore = (await serverTasks(direct)).filter(([, done]) => done).length;
  await widget.locator("#clear-completed").click();
  await idle();
  const declinedText = await widget.locator("#message-text").textContent();
  check("a call the host refuses shows the refusal",
      (await widget.locator("#message").isVisible()) && declinedText === "The call was refused: The user declined clear_completed. Nothing was changed.",
      declinedText);
  check("a call the host refuses changes nothing",
      JSON.stringify(await titles()) === JSON.stringify(beforeRefusal) &&
      (await serverTasks(direct)).filter(([, done]) => done).length === doneBefore && doneBefore > 0);
  await shot("ext-apps-05-refused-by-host");

  // Everything went through the library's bridge, and the server's list is what the widget shows.
  const calls = (await hostState()).calls;
  check("the widget's tool calls went through the host's AppBridge",
      ["add_task", "complete_task", "delete_task", "clear_completed"].every((c) => calls.includes(c)), calls);
  const final = await serverTasks(direct);
  check("the server's list is what the widget shows", JSON.stringify(final.map(([t]) => t)) === JSON.stringify(await titles()),
      { server: final, shown: await titles() });
  const ranAtEnd = await pwned();
  check("no script from a title ran by the end", ranAtEnd.host === null && ranAtEnd.widget === null, ranAtEnd);
  check("no errors in the page or the widget", pageErrors.length === 0, pageErrors);
} catch (e) {
  failed.push({ name: "script", detail: String(e && e.stack ? e.stack : e).slice(0, 1500) });
  await page?.screenshot({ path: join(outDir, "ext-apps-failure.png"), fullPage: true }).catch(() => {});
} finally {
  await browser?.close().catch(() => {});
  hostServer?.close();
  await direct?.close().catch(() => {});
  console.log(JSON.stringify({ passed, failed }));
  process.exit(failed.length ? 1 : 0);
}
