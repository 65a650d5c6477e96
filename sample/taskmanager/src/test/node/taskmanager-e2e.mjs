// Drives the TaskManager through the dev host (the server's --dev page) in headless Chromium, as a
// user would: shows the tasks, adds, completes, renames, deletes after confirming, and sees the
// server's refusals. Prints one JSON line {"passed":[...],"failed":[...],"tasks":[...]} on stdout
// and exits 1 if any check failed. Screenshots go to --out.
//
//   node taskmanager-e2e.mjs --url http://127.0.0.1:PORT --phase edit|verify --out DIR
//        [--node-project <root>/runtime/src/test/node] [--expect '["title", ...]']
//
// Phase "edit" starts from an empty database. Phase "verify" runs after the server was killed and
// started again, and checks the widget shows exactly the titles in --expect.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { args, check, failed, launchChromium, outDir, passed, until } from "./e2e-common.mjs";

const base = args.url;
const phase = args.phase ?? "edit";

/** A second client: a stateless 2026-07-28 tools/call straight to the server, as another user would. */
async function callDirectly(name, args) {
  const body = {
    jsonrpc: "2.0",
    id: 1,
    method: "tools/call",
    params: {
      name,
      arguments: args,
      _meta: {
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientInfo": { name: "e2e-second-client", version: "1.0.0" },
        "io.modelcontextprotocol/clientCapabilities": {},
      },
    },
  };
  const response = await fetch(base + "/mcp", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Accept: "application/json, text/event-stream",
      "MCP-Protocol-Version": "2026-07-28",
      "Mcp-Method": "tools/call",
      "Mcp-Name": name,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const json = text.trim().startsWith("{") ? JSON.parse(text) : JSON.parse(text.split("\n").filter((l) => l.startsWith("data:")).pop().slice(5));
  return json.result;
}

await mkdir(outDir, { recursive: true });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const pageErrors = [];
page.on("pageerror", (e) => pageErrors.push(e.message));
page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
page.on("dialog", (d) => { pageErrors.push("unexpected native dialog: " + d.message()); d.dismiss(); });

const widget = page.frameLocator("#widget-frame");
const rows = widget.locator("#tasks > li");
const row = (title) => widget.locator("#tasks > li").filter({ has: widget.locator(".title", { hasText: title }) });
const titles = async () => widget.locator("#tasks > li .title").allTextContents();
let reported = null; // the titles the widget showed last, for the caller to compare with the database
const shot = (name) => page.screenshot({ path: join(outDir, name + ".png"), fullPage: true });

async function openDevHost(hostMode) {
  await page.goto(base + "/dev/");
  await until(() => page.evaluate(() => document.body.dataset.ready === "true"), "the dev host to list the tools");
  if (hostMode) await page.selectOption("#host-mode", hostMode);
}

async function showTasks() {
  await page.click('#tools button[data-tool="show_tasks"]');
  await page.click("#call");
  await until(async () => (await widget.locator("#summary").textContent()) !== "Loading…", "the widget to render the tasks");
}

async function widgetIdle() {
  await until(() => widget.locator("body:not([aria-busy])").count(), "the widget to finish its call");
}

async function add(title, how = "click") {
  await widget.locator("#new-title").fill(title);
  if (how === "enter") await widget.locator("#new-title").press("Enter");
  else await widget.locator("#add").click();
  await widgetIdle();
}

try {
  await openDevHost("mcp-apps");
  const tools = await page.locator("#tools button[data-tool]").evaluateAll((bs) => bs.map((b) => b.dataset.tool));
  check("dev host lists the seven tools", JSON.stringify([...tools].sort()) ===
      JSON.stringify(["add_task", "clear_completed", "complete_task", "delete_task", "export_tasks", "rename_task", "show_tasks"]), tools);
  await page.click('#tools button[data-tool="complete_task"]');
  check("the form has a field per argument", (await page.locator("#fields [data-arg]").count()) === 2 &&
      (await page.locator('#fields [data-arg="task_id"]').getAttribute("type")) === "number", await page.locator("#fields").innerText());

  if (phase === "edit") {
    await showTasks();
    check("an empty list says so", (await widget.locator("#empty").isVisible()) && (await widget.locator("#summary").textContent()) === "0 tasks",
        await widget.locator("body").innerText());
    check("show_tasks result: summary in structuredContent", JSON.parse(await page.locator("#structured-content").textContent()).total === 0);
    await shot("01-empty");

    check("the widget frame is sandboxed as the strictest hosts do it: scripts only",
        (await page.locator("#widget-frame").getAttribute("sandbox")) === "allow-scripts",
        await page.locator("#widget-frame").getAttribute("sandbox"));
    await add("Buy groceries");
    const tricky = "<img src=x onerror=\"window.__xss=1\"> Review <b>PR</b> & ship";
    await add(tricky);
    await add("Call mom", "enter");
    check("added tasks appear in order", JSON.stringify(await titles()) === JSON.stringify(["Buy groceries", tricky, "Call mom"]), await titles());
    check("titles are shown as text, never parsed as HTML",
        (await widget.locator("#tasks img, #tasks b").count()) === 0 && (await widget.locator("body").evaluate(() => window.__xss)) === undefined);
    check("the add field is cleared after adding", (await widget.locator("#new-title").inputValue()) === "");
    check("the summary counts the new tasks", (await widget.locator("#summary").textContent()) === "3 tasks · 3 open · 0 done",
        await widget.locator("#summary").textContent());
    await shot("02-added");

    await row("Buy groceries").locator('input[type="checkbox"]').click();
    await widgetIdle();
    check("completing a task strikes it through", (await row("Buy groceries").getAttribute("class")) === "done" &&
        (await row("Buy groceries").locator('input[type="checkbox"]').isChecked()));
    check("the summary follows", (await widget.locator("#summary").textContent()) === "3 tasks · 2 open · 1 done");
    await shot("03-completed");

    // Delete asks first; Cancel keeps the task.
    await row("Call mom").getByRole("button", { name: "Delete: Call mom" }).click();
    check("delete asks for confirmation", (await widget.locator(".confirm-text").textContent()) === "Delete “Call mom”?");
    await shot("04-confirm-delete");
    await widget.locator(".cancel-delete").click();
    check("cancel keeps the task", (await rows.count()) === 3);
    await row("Call mom").getByRole("button", { name: "Delete: Call mom" }).click();
    await widget.locator(".confirm-delete").click();
    await widgetIdle();
    check("confirmed delete removes the task", JSON.stringify(await titles()) === JSON.stringify(["Buy groceries", tricky]), await titles());

    // The server refuses a blank title: the message shows and nothing changes.
    await add("    ");
    const blank = await widget.locator("#message").isVisible() && (await widget.locator("#message-text").textContent());
    check("a refused add shows the server's message", blank === "title: must not be blank", blank);
    check("a refused add keeps the list", (await rows.count()) === 2);
    await shot("05-refused-blank");
    await widget.locator("#dismiss").click();

    // Rename through the widget.
    await row("Buy groceries").getByRole("button", { name: "Rename: Buy groceries" }).click();
    await widget.locator(".rename-input").fill("Buy groceries for the week");
    await widget.locator(".rename-input").press("Enter");
    await widgetIdle();
    check("rename changes the title", (await titles())[0] === "Buy groceries for the week", await titles());

    // Another client deletes a task the widget still shows; acting on it fails visibly.
    const trickyId = Number(await row("Review").getAttribute("data-task-id"));
    const deleted = await callDirectly("delete_task", { task_id: trickyId });
    check("a second client deletes a task", deleted && !deleted.isError, deleted);
    await row("Review").locator('input[type="checkbox"]').click();
    await widgetIdle();
    const gone = await widget.locator("#message-text").textContent();
    check("acting on a task deleted underneath shows the server's message", (await widget.locator("#message").isVisible()) && gone.startsWith("There is no task " + trickyId), gone);
    check("after a failed call the old state stays on screen", (await rows.count()) === 2 && !(await row("Review").locator('input[type="checkbox"]').isChecked()));
    await shot("06-deleted-underneath");
    await widget.locator("#refresh").click();
    await widgetIdle();
    check("refresh shows the server's list", JSON.stringify(await titles()) === JSON.stringify(["Buy groceries for the week"]), await titles());

    await add("Water the plants");
    await add("Book dentist");
    await row("Book dentist").locator('input[type="checkbox"]').click();
    await widgetIdle();
    await shot("07-final-mcp-apps");
    const hostLog = await page.locator("#log").innerText();
    check("the widget spoke the MCP Apps handshake", ["ui/initialize", "ui/notifications/initialized", "ui/notifications/tool-input",
        "ui/notifications/tool-result", "tools/call"].every((m) => hostLog.includes(m)), hostLog.slice(0, 600));

    // The same widget under window.openai (ChatGPT mode).
    await openDevHost("chatgpt");
    await showTasks();
    check("chatgpt mode: the widget renders from window.openai",
        JSON.stringify(await titles()) === JSON.stringify(["Buy groceries for the week", "Water the plants", "Book dentist"]), await titles());
    check("chatgpt mode: window.openai is defined in the frame", await widget.locator("body").evaluate(() => typeof window.openai === "object"));
    await row("Water the plants").locator('input[type="checkbox"]').click();
    await widgetIdle();
    check("chatgpt mode: callTool completes a task", (await row("Water the plants").getAttribute("class")) === "done");
    await row("Water the plants").locator('input[type="checkbox"]').click();
    await widgetIdle();
    check("chatgpt mode: and reopens it", (await row("Water the plants").getAttribute("class")) !== "done");
    await shot("08-chatgpt-mode");
    reported = await titles();

    // The dev host's own form, for a tool without a widget.
    const waterId = await row("Water the plants").getAttribute("data-task-id");
    await page.click('#tools button[data-tool="complete_task"]');
    await page.fill('#fields [data-arg="task_id"]', waterId);
    await page.selectOption('#fields [data-arg="done"]', "false");
    await page.click("#call");
    await until(async () => (await page.locator("#result-status").textContent()) === "ok", "the form's call");
    const structured = JSON.parse(await page.locator("#structured-content").textContent());
    check("the form calls the tool with typed arguments", structured.id === Number(waterId) && structured.done === false, structured);
    check("a tool without a widget unmounts the widget", await page.locator("#widget-panel").isHidden());
    await page.locator("#raw-details summary").click();
    await page.fill("#raw-args", '{"task_id": "abc"}');
    await page.click("#call");
    await until(async () => (await page.locator("#result-status").textContent()) === "isError: true", "the refused call");
    const problem = await page.locator("#result .content-text").first().textContent();
    check("arguments the schema refuses come back as the server's validation error", problem.includes("task_id"), problem);
    await shot("08b-form-validation");
  } else {
    const expected = JSON.parse(args.expect ?? "[]");
    await showTasks();
    check("after a restart the widget shows the kept tasks", JSON.stringify(await titles()) === JSON.stringify(expected), { got: await titles(), expected });
    await shot("09-after-restart");
    reported = await titles();
  }

  check("no errors in the page or the widget", pageErrors.length === 0, pageErrors);
} catch (e) {
  failed.push({ name: "script", detail: String(e && e.stack ? e.stack : e).slice(0, 1500) });
  await shot("failure-" + phase).catch(() => {});
} finally {
  await browser.close();
  console.log(JSON.stringify({ phase, passed, failed, tasks: reported ?? [] }));
  process.exit(failed.length ? 1 : 0);
}
