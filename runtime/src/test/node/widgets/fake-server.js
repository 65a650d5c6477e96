// An in-page stand-in for an MCP server, shared by both emulated hosts: three tools and their
// visibility, as a host learns it from tools/list (_meta.ui.visibility).
"use strict";
window.FakeServer = (function () {
  const items = [
    { title: "First", done: false },
    { title: "<img src=x onerror=\"window.__pwned=true\">", done: true },
  ];
  const tools = {
    show_items: { visibility: ["model", "app"] },
    add_item: { visibility: ["app"] },
    fail: { visibility: ["model", "app"] },
    model_only: { visibility: ["model"] },
  };
  function result() {
    return {
      content: [{ type: "text", text: items.length + " items" }],
      structuredContent: { items: items.map((i) => Object.assign({}, i)) },
      _meta: { "widget/count": items.length },
    };
  }
  return {
    initialResult: result,
    /** What a host does with a tool call that comes from the widget. */
    callFromWidget(name, args) {
      const tool = tools[name];
      if (!tool) throw { code: -32602, message: "Unknown tool: " + name };
      if (!tool.visibility.includes("app")) throw { code: -32600, message: "Tool " + name + " is not callable from the app" };
      if (name === "fail") return { content: [{ type: "text", text: "The server refused: quota exceeded" }], isError: true };
      if (name === "add_item") {
        items.push({ title: String(args.title), done: false });
        return result();
      }
      return result();
    },
  };
})();

/** The fixture document as a server would serve it: the bridge inlined at the top of <head>. */
async function fixtureDocument() {
  const [html, bridge] = await Promise.all([
    fetch("/fixture-widget.html").then((r) => r.text()),
    fetch("/mcp-widget.js").then((r) => r.text()),
  ]);
  return html.replace("<head>", "<head>\n<script>\n" + bridge.replace(/<\/script/gi, "<\\/script") + "\n</script>");
}

/**
 * What the emulated hosts render and where their widget's tool calls go. The bridge tests use the
 * in-page FakeServer; the end-to-end test installs window.__backend, backed by a real server.
 */
window.Backend = window.__backend || {
  toolInput: { filter: "all" },
  widgetDocument: fixtureDocument,
  initialResult: async () => FakeServer.initialResult(),
  callFromWidget: async (name, args) => FakeServer.callFromWidget(name, args),
};
