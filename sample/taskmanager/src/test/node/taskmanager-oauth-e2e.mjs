// Two users and a read-only one use the TaskManager behind sign-in through the dev host (the
// server's --dev page) in headless Chromium, each in a browser context of their own with their
// access token typed into the dev host's "Access token" field. Prints one JSON line
// {"passed":[...],"failed":[...],"alice":[...],"bob":[...],"reader":[...]} (the titles each widget
// showed last) on stdout and exits 1 if any check failed. Screenshots go to --out.
//
//   TASKMANAGER_TOKENS='{"alice":"...","bob":"...","reader":"..."}' \
//   node taskmanager-oauth-e2e.mjs --url http://127.0.0.1:PORT --out DIR [--node-project <root>/runtime/src/test/node]
//
// The tokens come in the environment, not the command line, so they never show in a process list.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { args, check, failed, launchChromium, outDir, passed, until } from "./e2e-common.mjs";

const base = args.url;
const tokens = JSON.parse(process.env.TASKMANAGER_TOKENS ?? "{}");
const TOKEN_KEY = "mcp-apt-dev-access-token";

await mkdir(outDir, { recursive: true });
const browser = await launchChromium();

/** A user in a browser context of their own: separate storage, as another person's browser. */
async function openUser(name) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    // Chromium reports every 401/403 response on the console; those are the refusals under test.
    if (m.type() === "error" && !/status of 40[13]/.test(m.text())) errors.push(m.text());
  });
  page.on("dialog", (d) => { errors.push("unexpected native dialog: " + d.message()); d.dismiss(); });
  const widget = page.frameLocator("#widget-frame");
  const user = {
    name,
    page,
    widget,
    errors,
    titles: () => widget.locator("#tasks > li .title").allTextContents(),
    log: () => page.locator("#log").innerText(),
    shot: (shot) => page.screenshot({ path: join(outDir, "oauth-" + shot + ".png"), fullPage: true }),
  };
  return user;
}

async function signIn(user) {
  await user.page.fill("#access-token", tokens[user.name]);
  await user.page.click("#use-token");
  await until(() => user.page.evaluate(() => document.body.dataset.ready === "true"), user.name + ": the dev host to connect");
}

async function showTasks(user) {
  await user.page.click('#tools button[data-tool="show_tasks"]');
  await user.page.click("#call");
  await until(async () => (await user.widget.locator("#summary").textContent()) !== "Loading…", user.name + ": the widget to render");
}

async function widgetIdle(user) {
  await until(() => user.widget.locator("body:not([aria-busy])").count(), user.name + ": the widget to finish its call");
}

async function add(user, title) {
  await user.widget.locator("#new-title").fill(title);
  await user.widget.locator("#add").click();
  await widgetIdle(user);
}

const report = { alice: [], bob: [], reader: [] };
const users = [];
try {
  const alice = await openUser("alice");
  const bob = await openUser("bob");
  const reader = await openUser("reader");
  users.push(alice, bob, reader);

  // Signed out, the server answers 401 and the dev host says so.
  await alice.page.goto(base + "/dev/");
  await until(() => alice.page.locator("#tools-error").isVisible(), "the dev host to report it cannot connect");
  const refusal = await alice.page.locator("#tools-error").textContent();
  check("signed out, the dev host cannot connect and says why", refusal.includes("Unauthorized") && refusal.includes("access token"), refusal);
  const signedOutLog = await alice.log();
  check("the log shows the 401 challenge with the metadata URL",
      signedOutLog.includes("HTTP 401") && signedOutLog.includes('resource_metadata="' + base + "/.well-known/oauth-protected-resource/mcp"), signedOutLog);
  await alice.shot("01-signed-out");

  await signIn(alice);
  const tools = await alice.page.locator("#tools button[data-tool]").count();
  check("with a token the dev host lists the seven tools", tools === 7, tools);
  await showTasks(alice);
  await add(alice, "Alice: pay the rent");
  await add(alice, "Alice: call the bank");
  check("alice adds tasks in the widget", JSON.stringify(await alice.titles()) === JSON.stringify(["Alice: pay the rent", "Alice: call the bank"]), await alice.titles());
  await alice.shot("02-alice");

  await bob.page.goto(base + "/dev/");
  await until(() => bob.page.locator("#tools-error").isVisible(), "bob: the dev host to report it cannot connect");
  await signIn(bob);
  await showTasks(bob);
  check("bob starts with an empty list, not alice's", (await bob.titles()).length === 0 && (await bob.widget.locator("#empty").isVisible()), await bob.titles());
  await add(bob, "Bob: fix the bike");
  check("bob adds a task in the widget", JSON.stringify(await bob.titles()) === JSON.stringify(["Bob: fix the bike"]), await bob.titles());
  await bob.shot("03-bob");

  await alice.widget.locator("#refresh").click();
  await widgetIdle(alice);
  check("alice's refreshed widget shows only her tasks", JSON.stringify(await alice.titles()) === JSON.stringify(["Alice: pay the rent", "Alice: call the bank"]), await alice.titles());

  // The token stays with the tab: a reload connects again without typing it.
  await alice.page.reload();
  await until(() => alice.page.evaluate(() => document.body.dataset.ready === "true"), "alice: the dev host to connect after a reload");
  await showTasks(alice);
  check("the token survives a reload of the tab", JSON.stringify(await alice.titles()) === JSON.stringify(["Alice: pay the rent", "Alice: call the bank"]), await alice.titles());

  // A read-only token can look but not change: the add is refused and the widget says so.
  await reader.page.goto(base + "/dev/");
  await signIn(reader);
  await showTasks(reader);
  check("the read-only user sees their own empty list", (await reader.titles()).length === 0, await reader.titles());
  await add(reader, "Reader: should not be kept");
  const shown = (await reader.widget.locator("#message").isVisible()) && (await reader.widget.locator("#message-text").textContent());
  check("the read-only user's add is refused in the widget", typeof shown === "string" && shown.includes("refused") && shown.includes("tasks.write"), shown);
  check("the refused add keeps the list", (await reader.titles()).length === 0, await reader.titles());
  const readerLog = await reader.log();
  check("the log shows the 403 challenge",
      readerLog.includes("HTTP 403") && readerLog.includes('error="insufficient_scope"') && readerLog.includes('scope="tasks.write"'), readerLog.slice(-1500));
  await reader.shot("04-read-only-refused");

  for (const user of users) {
    const token = tokens[user.name];
    check(user.name + ": the token never shows in the log", !(await user.log()).includes(token));
    const storage = await user.page.evaluate((key) => ({
      session: sessionStorage.getItem(key),
      local: Object.keys(localStorage).map((k) => localStorage.getItem(k)),
    }), TOKEN_KEY);
    check(user.name + ": the token is kept in sessionStorage only", storage.session === token && !storage.local.some((v) => v && v.includes(token)));
    const fromWidget = await user.widget.locator("body").evaluate((body, key) => {
      try {
        return String(window.sessionStorage.getItem(key));
      } catch (e) {
        return "blocked";
      }
    }, TOKEN_KEY);
    check(user.name + ": the widget cannot read the token", fromWidget === "blocked", fromWidget);
    check(user.name + ": no errors in the page or the widget", user.errors.length === 0, user.errors);
    report[user.name] = await user.titles();
  }
} catch (e) {
  failed.push({ name: "script", detail: String(e && e.stack ? e.stack : e).slice(0, 1500) });
  for (const user of users) await user.shot("failure-" + user.name).catch(() => {});
} finally {
  await browser.close();
  console.log(JSON.stringify({ passed, failed, ...report }));
  process.exit(failed.length ? 1 : 0);
}
