// What the TaskManager's browser scripts share: their arguments, the record of checks, waiting
// for a condition, and headless Chromium through Playwright (from the runtime's Node project).
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** "--name value" pairs of the command line, as an object. */
export const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), [])
);

/** Where screenshots go: --out, else target/screenshots of the sample. */
export const outDir = resolve(args.out ?? join(here, "../../../target/screenshots"));

export const passed = [];
export const failed = [];

/** Records a named check; detail is reported when it fails. */
export function check(name, ok, detail) {
  if (ok) passed.push(name);
  else failed.push({ name, detail: JSON.stringify(detail ?? null)?.slice(0, 800) });
  return ok;
}

/** Resolves with fn's first truthy answer; throws after timeout ms with the last answer. */
export async function until(fn, what, timeout = 20000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > end) throw new Error("timed out waiting for " + what + " (last: " + JSON.stringify(last) + ")");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Headless Chromium ($CHROMIUM, else /usr/bin/chromium) driven by the Node project's Playwright. */
export async function launchChromium() {
  const nodeProject = resolve(args["node-project"] ?? join(here, "../../../../../runtime/src/test/node"));
  const { chromium } = createRequire(join(nodeProject, "package.json"))("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
}
